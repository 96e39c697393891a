import { compareSpan } from '@dprk/data'
import { paginate } from '$lib/paging'
import { api, fromApi } from '$lib/server/api'
import type { PageServerLoad } from './$types'

const grades = ['A', 'B', 'C', 'D', 'E', 'F'] as const

export const load: PageServerLoad = async ({ fetch, url }) => {
  // One call: every source, each with how many claims cite it, counted by the API.
  const all = await fromApi(api(fetch).sources.list({ limit: 500, counts: ['source'] }))
  const cited = all.meta.counts?.source ?? {}
  const grade = url.searchParams.get('grade')?.toUpperCase()
  const sources = all.data
    .filter((s) => !grade || s.reliability.grade === grade)
    .sort((a, b) => compareSpan(b.publishedSpan, a.publishedSpan) || (a.id < b.id ? -1 : 1))
    .map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      published: s.published,
      reliability: s.reliability,
      cited: cited[s.id] ?? 0,
    }))
  return {
    // Fifty a page keeps the page small on the wire; the pager keeps the grade.
    sources: paginate(sources, url, { size: 50, hash: 'sources' }),
    grade: grades.find((g) => g === grade),
    gradeCounts: grades.map((g) => ({
      grade: g,
      count: all.data.filter((s) => s.reliability.grade === g).length,
    })),
  }
}
