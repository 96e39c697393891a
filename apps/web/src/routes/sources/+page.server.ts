import { compareSpan } from '@dprk/data'
import { api, fromApi } from '$lib/server/api'
import { everyPage } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

const grades = ['A', 'B', 'C', 'D', 'E', 'F'] as const

export const load: PageServerLoad = async ({ fetch, url }) => {
  const client = api(fetch)
  // Every source and every claim, pages of 100 each: the API counts no citations, so they are counted here.
  const [all, claims] = await fromApi(
    Promise.all([
      everyPage((paging) => client.sources.list(paging)),
      everyPage((paging) => client.claims.list(paging)),
    ]),
  )
  const cited = new Map<string, number>()
  for (const c of claims.data)
    for (const id of new Set(c.evidence.map((e) => e.source))) cited.set(id, (cited.get(id) ?? 0) + 1)
  const grade = url.searchParams.get('grade')?.toUpperCase()
  const sources = all.data
    .filter((s) => !grade || s.reliability.grade === grade)
    .map((s) => ({ ...s, cited: cited.get(s.id) ?? 0 }))
    .sort((a, b) => compareSpan(b.publishedSpan, a.publishedSpan) || (a.id < b.id ? -1 : 1))
  return {
    sources,
    grade: grades.find((g) => g === grade),
    gradeCounts: grades.map((g) => ({
      grade: g,
      count: all.data.filter((s) => s.reliability.grade === g).length,
    })),
  }
}
