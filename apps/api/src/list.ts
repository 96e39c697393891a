import type { CsvColumn } from '@dprk/data/csv'
import { toCsv } from '@dprk/data/csv'
import type { BuildContext, Built } from './endpoint.ts'
import { paginate } from './http/page.ts'

interface Paged {
  limit: number
  cursor?: string
}

/** One page of `items` and the headers that go with it: an RFC 8288 Link to the next page, if any. */
export function pageWithLink<T>(ctx: BuildContext<Paged>, items: readonly T[]) {
  const page = paginate(items, ctx.query.limit, ctx.query.cursor, ctx.key)
  const headers: Record<string, string> = {}
  if (page.meta.nextCursor) {
    // The request's own query with the next cursor: relative, so it never names a host the client sent.
    const url = ctx.c.req.url
    const at = url.indexOf('?')
    const params = new URLSearchParams(at < 0 ? '' : url.slice(at))
    params.set('limit', String(ctx.query.limit))
    params.set('cursor', page.meta.nextCursor)
    headers.Link = `<${ctx.c.req.path}?${params}>; rel="next"`
  }
  return { page, headers }
}

/** What a page may carry beside its data: records it refers to, counts over the whole match and by record. */
export interface Extras<T> {
  included?: (data: readonly T[]) => object
  facets?: object
  counts?: (data: readonly T[]) => object
}

/** A JSON page with an RFC 8288 Link to the next one. */
export function jsonPage<T>(ctx: BuildContext<Paged>, items: readonly T[], extras: Extras<T> = {}): Built {
  const { page, headers } = pageWithLink(ctx, items)
  const meta = {
    ...page.meta,
    ...(extras.facets && { facets: extras.facets }),
    ...(extras.counts && { counts: extras.counts(page.data) }),
  }
  const body = extras.included
    ? { data: page.data, meta, included: extras.included(page.data) }
    : { data: page.data, meta }
  return { text: JSON.stringify(body), headers }
}

/** A CSV export of every matching record (exports are not paginated), with a file name to save it under. */
export function csvExport<T>(name: string, columns: readonly CsvColumn<T>[], items: readonly T[]): Built {
  return {
    text: toCsv(columns, items),
    headers: { 'Content-Disposition': `attachment; filename="${name}.csv"` },
  }
}
