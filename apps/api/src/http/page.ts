import { fnv1a } from './hash.ts'

export interface Page<T> {
  data: T[]
  meta: { total: number; limit: number; nextCursor: string | null }
}

/** Why a cursor was refused, for the 400 problem. */
export class CursorError extends Error {}

const encode = (text: string) => btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
const decode = (text: string) => atob(text.replaceAll('-', '+').replaceAll('_', '/'))

/**
 * Slices one page. The cursor is opaque: it carries the offset and a fingerprint of the query, so a cursor
 * cannot be replayed against a different filter.
 */
export function paginate<T>(
  items: readonly T[],
  limit: number,
  cursor: string | undefined,
  queryKey: string,
): Page<T> {
  const fingerprint = fnv1a(queryKey)
  let offset = 0
  if (cursor !== undefined) {
    const match = /^(\d+)\.([0-9a-f]{8})$/.exec(safeDecode(cursor))
    if (!match) throw new CursorError('is not a cursor this API gave out')
    if (match[2] !== fingerprint)
      throw new CursorError('belongs to a different query; start again without it')
    offset = Number(match[1])
  }
  const data = items.slice(offset, offset + limit)
  const next = offset + limit < items.length ? encode(`${offset + limit}.${fingerprint}`) : null
  return { data, meta: { total: items.length, limit, nextCursor: next } }
}

function safeDecode(cursor: string): string {
  try {
    return decode(cursor)
  } catch {
    return ''
  }
}
