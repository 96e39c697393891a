/** @module Reading whole lists from the API: one request while the match fits in a page. */
import type { Included, Page } from '@dprk/api/client'
import { compareSpan, type Span } from '@dprk/data'

/** The API's largest page. */
export const pageLimit = 100

/**
 * Every item of a list, following the cursor: one request while the match fits in one page of 100, more only
 * when it does not. The side-loaded records of every page are merged, each once.
 */
export async function everyPage<T>(
  list: (paging: { limit: number; cursor?: string }) => Promise<Page<T>>,
): Promise<{ data: T[]; included: Included; meta: Page<T>['meta'] }> {
  const first = await list({ limit: pageLimit })
  const data = [...first.data]
  const included: Included = {}
  merge(included, first.included)
  for (let cursor = first.meta.nextCursor; cursor; ) {
    const page = await list({ limit: pageLimit, cursor })
    data.push(...page.data)
    merge(included, page.included)
    cursor = page.meta.nextCursor
  }
  return { data, included, meta: first.meta }
}

function merge(into: Included, from: Included | undefined) {
  for (const [type, records] of Object.entries(from ?? {}) as [keyof Included, { id: string }[]][]) {
    const known = (into[type] ?? []) as { id: string }[]
    const ids = new Set(known.map((r) => r.id))
    into[type] = [...known, ...records.filter((r) => !ids.has(r.id))] as never
  }
}

/** Records by id. */
export const byId = <T extends { id: string }>(records: readonly T[] | undefined) =>
  new Map((records ?? []).map((r) => [r.id, r]))

/** Events in the dataset's own order, as the API lists them: by the days their date can mean, then by id. */
export const inDateOrder = (a: { id: string; dateSpan: Span }, b: { id: string; dateSpan: Span }) =>
  compareSpan(a.dateSpan, b.dateSpan) || (a.id < b.id ? -1 : 1)

/** Newest first by the dataset's own span order on the day a claim was made; ties by id, so pages stay stable. */
export const newestFirst = (a: { id: string; madeOnSpan: Span }, b: { id: string; madeOnSpan: Span }) =>
  compareSpan(b.madeOnSpan, a.madeOnSpan) || (a.id < b.id ? -1 : 1)
