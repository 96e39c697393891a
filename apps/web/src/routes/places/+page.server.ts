import { api, fromApi } from '$lib/server/api'
import { everyPage } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch }) => {
  const client = api(fetch)
  // Every place, and how many claims name each, counted by the API over every claim.
  const [places, counts] = await fromApi(
    Promise.all([
      everyPage((paging) => client.places.list(paging)),
      client.claims.list({ limit: 1, facets: ['place'] }),
    ]),
  )
  const count = new Map((counts.meta.facets?.place ?? []).map((f) => [f.value, f.count]))
  return {
    places: places.data
      .map((p) => ({ ...p, claims: count.get(p.id) ?? 0 }))
      .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name)),
  }
}
