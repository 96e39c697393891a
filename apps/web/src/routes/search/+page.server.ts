import type { SearchHit } from '@dprk/api/client'
import { api, fromApi } from '$lib/server/api'
import type { PageServerLoad } from './$types'

// The order groups appear in: what a reader most often looks for first.
const order: SearchHit['type'][] = ['claim', 'event', 'actor', 'place', 'source', 'contingent']

export const load: PageServerLoad = async ({ fetch, url }) => {
  const q = url.searchParams.get('q')?.trim().slice(0, 200) ?? ''
  if (!q) return { q, total: 0, groups: [] }
  const page = await fromApi(api(fetch).search({ q, limit: 100 }))
  const groups = order
    .map((type) => ({ type, hits: page.data.filter((hit) => hit.type === type) }))
    .filter((group) => group.hits.length > 0)
  return { q, total: page.meta.total, shown: page.data.length, groups }
}
