import { api, fromApi } from '$lib/server/api'
import { lookups } from '$lib/server/lookups'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, url }) => {
  const names = await fromApi(lookups(api(fetch)))
  const cited = new Map<string, number>()
  for (const c of names.claims)
    for (const id of new Set(c.evidence.map((e) => e.source))) cited.set(id, (cited.get(id) ?? 0) + 1)
  const grade = url.searchParams.get('grade')?.toUpperCase()
  const grades = ['A', 'B', 'C', 'D', 'E', 'F'] as const
  const sources = names.sources
    .filter((s) => !grade || s.reliability.grade === grade)
    .map((s) => ({ ...s, cited: cited.get(s.id) ?? 0 }))
    .sort(
      (a, b) =>
        (b.publishedSpan.earliest ?? '').localeCompare(a.publishedSpan.earliest ?? '') ||
        a.id.localeCompare(b.id),
    )
  return {
    sources,
    grade: grades.find((g) => g === grade),
    gradeCounts: grades.map((g) => ({
      grade: g,
      count: names.sources.filter((s) => s.reliability.grade === g).length,
    })),
  }
}
