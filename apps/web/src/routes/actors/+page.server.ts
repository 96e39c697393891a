import { paginate } from '$lib/paging'
import { getLocale } from '$lib/paraglide/runtime'
import { api, fromApi } from '$lib/server/api'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, url }) => {
  // Every actor in one call, each with how many claims it made, counted by the API.
  const actors = await fromApi(api(fetch).actors.list({ limit: 500, counts: ['claimant'] }))
  const made = actors.meta.counts?.claimant ?? {}
  const locale = getLocale()
  const kinds = [...new Set(actors.data.map((a) => a.kind))].sort()
  const kind = kinds.find((k) => k === url.searchParams.get('kind'))
  return {
    kind,
    kinds,
    // Fifty a page: the whole list is 19,000 px tall on a phone. The pager keeps the kind.
    actors: paginate(
      actors.data
        .filter((a) => !kind || a.kind === kind)
        .map((a) => ({ ...a, claims: made[a.id] ?? 0 }))
        .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name, locale)),
      url,
      { size: 50, hash: 'actors' },
    ),
  }
}
