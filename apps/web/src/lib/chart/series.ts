/** @module Which series (e.g. claimants) get their own colour and shape, and which share "other". */

export interface Series {
  id: string
  /** Number of rows in this series. */
  count: number
  /** Slot 0…slots-1 for its own colour and shape; -1 for "other". */
  slot: number
}

/**
 * Gives the `slots` series with the most rows a colour and shape each, ties broken by which appears first;
 * the rest share the "other" style. When there are more series than slots, a series with a single row stays
 * "other": a colour is worth most where it joins marks up. Pass the unfiltered rows so a series keeps its colour
 * when others are hidden.
 */
export function assignSeries(ids: readonly string[], slots: number): Series[] {
  const counts = new Map<string, { count: number; first: number }>()
  ids.forEach((id, i) => {
    const seen = counts.get(id)
    if (seen) seen.count++
    else counts.set(id, { count: 1, first: i })
  })
  const crowded = counts.size > slots
  return [...counts.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .map(([id, { count }], rank) => ({
      id,
      count,
      slot: rank < slots && !(crowded && count < 2) ? rank : -1,
    }))
}
