import { api, fromApi } from '$lib/server/api'
import { lookups } from '$lib/server/lookups'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, url }) => {
  const names = await fromApi(lookups(api(fetch)))
  const made = new Map<string, number>()
  for (const c of names.claims) made.set(c.claimant, (made.get(c.claimant) ?? 0) + 1)
  const kinds = [...new Set(names.actors.map((a) => a.kind))].sort()
  const kind = kinds.find((k) => k === url.searchParams.get('kind'))
  return {
    kind,
    kinds,
    actors: names.actors
      .filter((a) => !kind || a.kind === kind)
      .map((a) => ({ ...a, claims: made.get(a.id) ?? 0 }))
      .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name)),
  }
}
