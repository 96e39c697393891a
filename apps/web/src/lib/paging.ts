/** @module Pages of a long list, as plain links: they work without JavaScript and keep the rest of the address. */

/** One page of a list and the links to the others. */
export interface Paged<T> {
  items: T[]
  total: number
  /** The page shown, from 1. */
  page: number
  pages: number
  /** Where the first shown item sits in the whole list, from 1 (0 when the list is empty). */
  from: number
  to: number
  /** Every page, with the positions of its first and last item in the whole list (from 0). */
  links: { page: number; href: string; current: boolean; first: number; last: number }[]
  previous?: string
  next?: string
}

/**
 * The page of `items` that `?{param}=` asks for (the first when missing or not a page number, the last when past
 * the end), `size` at a time. Links change only `param`; page 1 drops it, and `hash` names the list's heading.
 * With `groupOf`, a page ends only where the group changes (a month of events stays on one page), holding up to
 * `size` items unless one group alone is larger.
 * @example
 * paginate(claims, new URL('https://x.test/actors/rok-nis?made=2'), { param: 'made', hash: 'made' })
 */
export function paginate<T>(
  items: readonly T[],
  url: URL,
  {
    param = 'page',
    size = 20,
    hash,
    groupOf,
  }: { param?: string; size?: number; hash?: string; groupOf?: (item: T) => unknown } = {},
): Paged<T> {
  const starts = pageStarts(items, size, groupOf)
  const pages = starts.length
  const asked = /^\d{1,6}$/.test(url.searchParams.get(param) ?? '') ? Number(url.searchParams.get(param)) : 1
  const page = Math.min(Math.max(asked, 1), pages)
  const href = (n: number) => {
    const query = new URLSearchParams(url.search)
    if (n === 1) query.delete(param)
    else query.set(param, String(n))
    const search = query.toString()
    return `${url.pathname}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`
  }
  const start = starts[page - 1] as number
  const shown = items.slice(start, starts[page] ?? items.length)
  return {
    items: shown,
    total: items.length,
    page,
    pages,
    from: shown.length ? start + 1 : 0,
    to: start + shown.length,
    links: Array.from({ length: pages }, (_, i) => ({
      page: i + 1,
      href: href(i + 1),
      current: i + 1 === page,
      first: starts[i] as number,
      last: (starts[i + 1] ?? items.length) - 1,
    })),
    previous: page > 1 ? href(page - 1) : undefined,
    next: page < pages ? href(page + 1) : undefined,
  }
}

/** Where each page starts: every `size` items, or at group changes once a page would pass `size`. */
function pageStarts<T>(items: readonly T[], size: number, groupOf?: (item: T) => unknown): number[] {
  if (!groupOf) return Array.from({ length: Math.max(1, Math.ceil(items.length / size)) }, (_, i) => i * size)
  const starts = [0]
  let groupStart = 0
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && groupOf(items[i] as T) === groupOf(items[i - 1] as T)) continue
    // The group [groupStart, i) is complete: it opens a new page if it would overflow a non-empty one.
    const pageStart = starts.at(-1) as number
    if (groupStart > pageStart && i - pageStart > size) starts.push(groupStart)
    groupStart = i
  }
  return starts
}
