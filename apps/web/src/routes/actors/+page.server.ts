import { api, fromApi } from '$lib/server/api'
import { everyPage } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, url }) => {
  const client = api(fetch)
  // Every actor (pages of 100), and how many claims each made, counted by the API over every claim.
  const [actors, counts] = await fromApi(
    Promise.all([
      everyPage((paging) => client.actors.list(paging)),
      client.claims.list({ limit: 1, facets: ['claimant'] }),
    ]),
  )
  const made = new Map((counts.meta.facets?.claimant ?? []).map((f) => [f.value, f.count]))
  const kinds = [...new Set(actors.data.map((a) => a.kind))].sort()
  const kind = kinds.find((k) => k === url.searchParams.get('kind'))
  return {
    kind,
    kinds,
    actors: actors.data
      .filter((a) => !kind || a.kind === kind)
      .map((a) => ({ ...a, claims: made.get(a.id) ?? 0 }))
      .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name)),
  }
}
