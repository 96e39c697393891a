import { error } from '@sveltejs/kit'
import { api, fromApi } from '$lib/server/api'
import { lookups, namedClaim } from '$lib/server/lookups'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, params }) => {
  const client = api(fetch)
  const [names, events] = await fromApi(
    Promise.all([lookups(client), client.events.all({ actor: params.id })]),
  )
  const actor = names.actor(params.id)
  if (!actor) error(404, `There is no actor with id "${params.id}".`)
  const named = (list: typeof names.claims) => list.map((c) => namedClaim(c, names))
  return {
    actor,
    affiliation: actor.affiliation
      ? { id: actor.affiliation, name: names.actorName(actor.affiliation) }
      : undefined,
    members: names.actors.filter((a) => a.affiliation === actor.id).map((a) => ({ id: a.id, name: a.name })),
    made: named(names.claims.filter((c) => c.claimant === actor.id)),
    relayed: named(names.claims.filter((c) => c.via.includes(actor.id))),
    about: named(names.claims.filter((c) => c.actors.includes(actor.id))).slice(0, 30),
    events: events.map((e) => ({ id: e.id, title: e.title, date: e.date })),
  }
}
