/** @module Scales and ticks for charts drawn on the server as SVG: numbers, calendar days and months. */

/** A function from a numeric domain onto a pixel range, straight-line. */
export function scaleLinear(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0
  // A zero-width domain maps everything to the middle of the range rather than dividing by zero.
  if (span === 0) return (_value: number) => (r0 + r1) / 2
  return (value: number) => r0 + ((value - d0) / span) * (r1 - r0)
}

export interface NiceTicks {
  /** The top of the axis: the last tick, at or above the largest value. */
  max: number
  step: number
  ticks: number[]
}

/**
 * Ticks for an axis that starts at 0: at most `count` round steps (1, 2, 2.5 or 5 × 10ⁿ) up to `max` or just above.
 * With `integer` (the default, for counts of people or things) a step is never below 1.
 * @example niceTicks(12_000) // { max: 12_500, step: 2_500, ticks: [0, 2_500, 5_000, 7_500, 10_000, 12_500] }
 */
export function niceTicks(max: number, count = 5, integer = true): NiceTicks {
  const top = Number.isFinite(max) && max > 0 ? max : 1
  const wanted = Math.max(1, Math.floor(count))
  const rough = top / wanted
  const power = 10 ** Math.floor(Math.log10(rough))
  let step = power * 10
  for (const factor of [1, 2, 2.5, 5, 10]) {
    const candidate = factor * power
    if (integer && candidate < 1) continue
    // 2.5 × 10ⁿ only where it stays a whole number (25, 250 …, not 2.5 for counts).
    if (integer && !Number.isInteger(candidate)) continue
    if (Math.ceil(top / candidate - 1e-9) <= wanted) {
      step = candidate
      break
    }
  }
  if (integer) step = Math.max(1, step)
  const n = Math.ceil(top / step - 1e-9)
  const ticks = Array.from({ length: n + 1 }, (_, i) => round(i * step))
  return { max: round(n * step), step, ticks }
}

// Rounds away binary noise such as 0.30000000000000004.
const round = (x: number) => Math.round(x * 1e9) / 1e9

const msPerDay = 86_400_000

/** Days since 1970-01-01 for a calendar day written YYYY-MM-DD (UTC, so no time zone shifts a day). */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) throw new RangeError(`not a calendar day: ${iso}`)
  const [, y, m, d] = match
  return Math.round(Date.UTC(Number(y), Number(m) - 1, Number(d)) / msPerDay)
}

/** The calendar day (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10)
}

export interface MonthTick {
  /** Day number of the first of the month. */
  day: number
  year: number
  /** 1–12. */
  month: number
}

const monthSteps = [1, 2, 3, 6, 12, 24, 60]

/**
 * First-of-month ticks between two day numbers, at a step of 1, 2, 3, 6 or 12 months (aligned to January),
 * the smallest step that gives at most `maxTicks` ticks.
 */
export function monthTicks(startDay: number, endDay: number, maxTicks: number): MonthTick[] {
  const from = new Date(startDay * msPerDay)
  const to = new Date(endDay * msPerDay)
  const first = from.getUTCFullYear() * 12 + from.getUTCMonth()
  const last = to.getUTCFullYear() * 12 + to.getUTCMonth()
  for (const step of monthSteps) {
    const ticks: MonthTick[] = []
    for (let index = Math.ceil(first / step) * step; index <= last; index += step) {
      const year = Math.floor(index / 12)
      const month = (index % 12) + 1
      const day = Math.round(Date.UTC(year, month - 1, 1) / msPerDay)
      if (day >= startDay && day <= endDay) ticks.push({ day, year, month })
    }
    if (ticks.length <= Math.max(1, maxTicks) || step === monthSteps.at(-1)) return ticks
  }
  return []
}
