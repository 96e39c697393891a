import { getLocale } from '$lib/paraglide/runtime'

/** Days since 1970-01-01 for an ISO day. */
export const dayNumber = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000)

export interface TimeScale {
  /** Position 0–width of the start of a day. */
  x: (iso: string) => number
  /** Month ticks inside the domain, every `step` months. */
  ticks: (step: number) => { iso: string; label: string; x: number }[]
  width: number
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A tick's label in the page's language: "Jan 2024" / "Apr", "2024년 1월" / "4월", "січ. 2024" / "квіт.". */
function tickLabel(year: number, month: number, withYear: boolean): string {
  const locale = getLocale()
  if (locale === 'en') {
    const name = monthNames[month - 1] as string
    return withYear ? `${name} ${year}` : name
  }
  if (locale === 'ko') return withYear ? `${year}년 ${month}월` : `${month}월`
  const name = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  )
  return withYear ? `${name} ${year}` : name
}

/** A linear scale from the first to the day after the last ISO day, onto 0–width. */
export function timeScale(from: string, to: string, width: number): TimeScale {
  const start = dayNumber(from)
  const span = Math.max(1, dayNumber(to) + 1 - start)
  const x = (iso: string) => ((dayNumber(iso) - start) / span) * width
  return {
    x,
    width,
    ticks(step) {
      const out: { iso: string; label: string; x: number }[] = []
      const [y0, m0] = from.split('-').map(Number) as [number, number]
      for (let i = 0; ; i += step) {
        const year = y0 + Math.floor((m0 - 1 + i) / 12)
        const month = ((m0 - 1 + i) % 12) + 1
        const iso = `${year}-${String(month).padStart(2, '0')}-01`
        if (iso > to) break
        if (iso < from) continue
        // Name the year on the first tick and on the first tick of each new year.
        const newYear = out.length === 0 || month <= step
        out.push({ iso, label: tickLabel(year, month, newYear), x: x(iso) })
      }
      return out
    },
  }
}

/**
 * The drawn extent of a fuzzy span: from its first day to the end of its last; an open end runs to the edge.
 * A single day still gets `minWidth`, so it stays visible.
 */
export function spanExtent(
  scale: TimeScale,
  span: { earliest: string | null; latest: string | null },
  minWidth = 2,
): { x: number; width: number; open: boolean } {
  const x0 = span.earliest ? scale.x(span.earliest) : 0
  const x1 = span.latest ? scale.x(span.latest) + scale.x('1970-01-02') - scale.x('1970-01-01') : scale.width
  const x = Math.max(0, Math.min(scale.width, x0))
  const end = Math.max(0, Math.min(scale.width, x1))
  return { x, width: Math.max(minWidth, end - x), open: span.latest === null }
}
