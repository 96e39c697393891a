import type { Claim } from '@dprk/data'
import { IdSchema } from '@dprk/data/schema'
import { error } from '@sveltejs/kit'
import { namedClaim, namesOf } from '$lib/claims'
import { paginate } from '$lib/paging'
import { m } from '$lib/paraglide/messages'
import { api, fromApi } from '$lib/server/api'
import { inDateOrder, newestFirst } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  if (!IdSchema.safeParse(params.id).success) error(404, m.rec_error_no_actor({ id: params.id }))
  // One call: the actor with its claims in any role, its events, its body and members, and every name they use.
  const { included = {}, ...actor } = await fromApi(
    api(fetch).actors.get(params.id, { include: ['claims', 'events', 'actors'] }),
  )
  const nameOf = namesOf(included.actors)
  const claims = included.claims ?? []
  const list = (keep: (c: Claim) => boolean, param: string) =>
    paginate(
      claims
        .filter(keep)
        .sort(newestFirst)
        .map((c) => namedClaim(c, nameOf)),
      url,
      { param, hash: param },
    )
  return {
    actor,
    affiliation: actor.affiliation ? { id: actor.affiliation, name: nameOf(actor.affiliation) } : undefined,
    members: (included.actors ?? [])
      .filter((a) => a.affiliation === actor.id)
      .map((a) => ({ id: a.id, name: a.name })),
    made: list((c) => c.claimant === actor.id, 'made'),
    relayed: list((c) => c.via.includes(actor.id), 'relayed'),
    about: list((c) => c.actors.includes(actor.id), 'about'),
    events: [...(included.events ?? [])]
      .sort(inDateOrder)
      .map((e) => ({ id: e.id, title: e.title, date: e.date })),
  }
}
