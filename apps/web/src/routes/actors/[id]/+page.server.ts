import type { Claim } from '@dprk/data'
import { IdSchema } from '@dprk/data/schema'
import { error } from '@sveltejs/kit'
import { namedClaim, namesOf } from '$lib/claims'
import { paginate } from '$lib/paging'
import { api, fromApi } from '$lib/server/api'
import { everyPage, newestFirst } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  if (!IdSchema.safeParse(params.id).success) error(404, `There is no actor with id "${params.id}".`)
  const client = api(fetch)
  // The API filters claims by claimant and by subject but not by relay, nor actors by affiliation: every actor and
  // every claim (pages of 100) answer all of this page's lists at once, and name everyone in them.
  const [actors, claims, events] = await fromApi(
    Promise.all([
      everyPage((paging) => client.actors.list(paging)),
      everyPage((paging) => client.claims.list(paging)),
      everyPage((paging) => client.events.list({ actor: params.id, ...paging })),
    ]),
  )
  const actor = actors.data.find((a) => a.id === params.id)
  if (!actor) error(404, `There is no actor with id "${params.id}".`)
  const nameOf = namesOf(actors.data)
  const list = (keep: (c: Claim) => boolean, param: string) =>
    paginate(
      claims.data
        .filter(keep)
        .sort(newestFirst)
        .map((c) => namedClaim(c, nameOf)),
      url,
      { param, hash: param },
    )
  return {
    actor,
    affiliation: actor.affiliation ? { id: actor.affiliation, name: nameOf(actor.affiliation) } : undefined,
    members: actors.data.filter((a) => a.affiliation === actor.id).map((a) => ({ id: a.id, name: a.name })),
    made: list((c) => c.claimant === actor.id, 'made'),
    relayed: list((c) => c.via.includes(actor.id), 'relayed'),
    about: list((c) => c.actors.includes(actor.id), 'about'),
    events: events.data.map((e) => ({ id: e.id, title: e.title, date: e.date })),
  }
}
