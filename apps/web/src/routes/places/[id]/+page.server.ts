import { IdSchema } from '@dprk/data/schema'
import { error } from '@sveltejs/kit'
import { namedClaim, namesOf } from '$lib/claims'
import { paginate } from '$lib/paging'
import { api, fromApi } from '$lib/server/api'
import { byId, everyPage, newestFirst } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  if (!IdSchema.safeParse(params.id).success) error(404, `There is no place with id "${params.id}".`)
  const client = api(fetch)
  // The claims and events here, each side-loading the place itself and the names the claims show.
  const [claims, events] = await fromApi(
    Promise.all([
      everyPage((paging) =>
        client.claims.list({ place: params.id, include: ['actors', 'places'], ...paging }),
      ),
      everyPage((paging) => client.events.list({ place: params.id, include: ['places'], ...paging })),
    ]),
  )
  // A place no claim or event names still has a page: only then is it asked for alone (a 404 if unknown).
  const place =
    byId(claims.included.places).get(params.id) ??
    byId(events.included.places).get(params.id) ??
    (await fromApi(client.places.get(params.id)))
  const nameOf = namesOf(claims.included.actors)
  return {
    place,
    events: events.data.map((e) => ({ id: e.id, title: e.title, date: e.date })),
    claims: paginate(
      [...claims.data].sort(newestFirst).map((c) => namedClaim(c, nameOf)),
      url,
      { hash: 'claims' },
    ),
  }
}
