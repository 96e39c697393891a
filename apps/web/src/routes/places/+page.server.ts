import { api, fromApi } from '$lib/server/api'
import { lookups } from '$lib/server/lookups'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch }) => {
  const names = await fromApi(lookups(api(fetch)))
  const count = new Map<string, number>()
  for (const c of names.claims) for (const p of c.places) count.set(p, (count.get(p) ?? 0) + 1)
  return {
    places: names.places
      .map((p) => ({ ...p, claims: count.get(p.id) ?? 0 }))
      .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name)),
  }
}
