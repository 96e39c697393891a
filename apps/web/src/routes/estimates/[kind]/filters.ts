import { m } from '$lib/paraglide/messages'

/** The filters a visitor can set in the query string, checked before they reach the API. */
export interface Filters {
  claimant?: string
  /** "As known on" day, YYYY-MM-DD. */
  asOf?: string
  /** What was asked for but could not be used, in words, so the page can say so instead of failing. */
  notes: string[]
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Reads `claimant` and `as_of`; an empty field (the form sends one) means no filter. */
export function readFilters(search: URLSearchParams): Filters {
  const notes: string[] = []
  const claimant = search.get('claimant')?.trim() || undefined
  const asOf = search.get('as_of')?.trim() || undefined
  const filters: Filters = { notes }
  if (claimant) {
    if (idPattern.test(claimant)) filters.claimant = claimant
    else notes.push(m.est_note_bad_claimant({ claimant }))
  }
  if (asOf) {
    if (isCalendarDay(asOf)) filters.asOf = asOf
    else notes.push(m.est_note_bad_date({ date: asOf }))
  }
  return filters
}

/** The query string for the same filters, e.g. for the CSV link; empty filters are left out. */
export function filterQuery(filters: { claimant?: string; asOf?: string }): string {
  const search = new URLSearchParams()
  if (filters.claimant) search.set('claimant', filters.claimant)
  if (filters.asOf) search.set('as_of', filters.asOf)
  const text = search.toString()
  return text ? `?${text}` : ''
}
