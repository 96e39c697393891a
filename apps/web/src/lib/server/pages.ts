/** @module Reading whole lists from the API: one request while the match fits in a page. */
import { ApiError, type Included, type Page } from '@dprk/api/client'
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

/** Newest first by the dataset's own span order on the day a claim was made; ties by id, so pages stay stable. */
export const newestFirst = (a: { id: string; madeOnSpan: Span }, b: { id: string; madeOnSpan: Span }) =>
  compareSpan(b.madeOnSpan, a.madeOnSpan) || (a.id < b.id ? -1 : 1)

/**
 * The records with these ids by id: those already side-loaded, and the rest (usually none) asked for one by one.
 * An id the API does not know is left out.
 */
export async function withMissing<T extends { id: string }>(
  ids: Iterable<string>,
  known: readonly T[] | undefined,
  get: (id: string) => Promise<T>,
): Promise<Map<string, T>> {
  const found = byId(known)
  const missing = [...new Set(ids)].filter((id) => !found.has(id))
  const fetched = await Promise.all(
    missing.map((id) =>
      get(id).catch((cause: unknown) => {
        if (cause instanceof ApiError && cause.status === 404) return undefined
        throw cause
      }),
    ),
  )
  for (const record of fetched) if (record) found.set(record.id, record)
  return found
}
