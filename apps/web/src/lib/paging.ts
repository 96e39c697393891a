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
  links: { page: number; href: string; current: boolean }[]
  previous?: string
  next?: string
}

/**
 * The page of `items` that `?{param}=` asks for (the first when missing or not a page number, the last when past
 * the end), `size` at a time. Links change only `param`; page 1 drops it, and `hash` names the list's heading.
 * @example
 * paginate(claims, new URL('https://x.test/actors/rok-nis?made=2'), { param: 'made', hash: 'made' })
 */
export function paginate<T>(
  items: readonly T[],
  url: URL,
  { param = 'page', size = 20, hash }: { param?: string; size?: number; hash?: string } = {},
): Paged<T> {
  const pages = Math.max(1, Math.ceil(items.length / size))
  const asked = /^\d{1,6}$/.test(url.searchParams.get(param) ?? '') ? Number(url.searchParams.get(param)) : 1
  const page = Math.min(Math.max(asked, 1), pages)
  const href = (n: number) => {
    const query = new URLSearchParams(url.search)
    if (n === 1) query.delete(param)
    else query.set(param, String(n))
    const search = query.toString()
    return `${url.pathname}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`
  }
  const start = (page - 1) * size
  const shown = items.slice(start, start + size)
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
    })),
    previous: page > 1 ? href(page - 1) : undefined,
    next: page < pages ? href(page + 1) : undefined,
  }
}
