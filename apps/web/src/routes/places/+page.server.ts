import { getLocale } from '$lib/paraglide/runtime'
import { api, fromApi } from '$lib/server/api'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch }) => {
  // Every place in one page, each with how many claims name it, counted by the API.
  const places = await fromApi(api(fetch).places.list({ limit: 500, counts: ['place'] }))
  const count = places.meta.counts?.place ?? {}
  const locale = getLocale()
  return {
    places: places.data
      .map((p) => ({ ...p, claims: count[p.id] ?? 0 }))
      .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name, locale)),
  }
}
