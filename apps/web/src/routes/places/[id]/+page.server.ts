import { error } from '@sveltejs/kit'
import { api, fromApi } from '$lib/server/api'
import { lookups, namedClaim } from '$lib/server/lookups'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, params }) => {
  const client = api(fetch)
  const [names, events] = await fromApi(
    Promise.all([lookups(client), client.events.all({ place: params.id })]),
  )
  const place = names.place(params.id)
  if (!place) error(404, `There is no place with id "${params.id}".`)
  return {
    place,
    events: events.map((e) => ({ id: e.id, title: e.title, date: e.date })),
    claims: names.claims.filter((c) => c.places.includes(place.id)).map((c) => namedClaim(c, names)),
  }
}
