/** @module Layout of a competing-estimates chart: where each claim's mark goes, computed once on the server. */
import type { Bound } from '@dprk/data'
import { dayNumber, monthTicks, niceTicks, scaleLinear } from './scale.ts'

/** What a chart needs of one estimate. */
export interface EstimatePoint {
  id: string
  bound: Bound
  value?: number
  low?: number
  high?: number
  /** First and last calendar day the as-of date can mean; null when open or unknown. */
  earliest: string | null
  latest: string | null
}

/** A point (exact, about), a point with an arrow up (at least, more than) or down (up to, nearly), or a bar. */
export type MarkKind = 'point' | 'up' | 'down' | 'range'

/** How a bound is drawn; undefined for a vague figure, which has no place on a value axis. */
export function markKind(bound: Bound): MarkKind | undefined {
  switch (bound) {
    case 'exact':
    case 'about':
      return 'point'
    case 'at-least':
    case 'more-than':
      return 'up'
    case 'up-to':
    case 'at-most':
    case 'nearly':
      return 'down'
    case 'range':
      return 'range'
    case 'vague':
      return undefined
  }
}

/** The glyph beside a mark: ≈ about, ≥ at least, > more than, ≤ up to or at most, < nearly; none for exact or range. */
export function boundGlyph(bound: Bound): string {
  const glyphs: Partial<Record<Bound, string>> = {
    about: '≈',
    'at-least': '≥',
    'more-than': '>',
    'up-to': '≤',
    'at-most': '≤',
    nearly: '<',
  }
  return glyphs[bound] ?? ''
}

/** Whether an estimate can be drawn: a number (or both ends of a range) and a closed as-of span. */
export function isPlottable(e: EstimatePoint): boolean {
  const kind = markKind(e.bound)
  if (!kind || !e.earliest || !e.latest) return false
  if (kind === 'range') return isNumber(e.low) && isNumber(e.high)
  return isNumber(e.value)
}

const isNumber = (x: number | undefined): x is number => typeof x === 'number' && Number.isFinite(x)

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface Mark {
  id: string
  /** Position of the estimate in the input, so callers can find its colour, label and link. */
  index: number
  kind: MarkKind
  glyph: string
  /** The as-of span: from the start of its first day to the end of its last. */
  x0: number
  x1: number
  /** True when the as-of date spans more than one day and is drawn as a band. */
  band: boolean
  /** The marker's centre; moved sideways a little when it would hide another marker at the same spot. */
  cx: number
  /** The value, or the middle of a range. */
  y: number
  /** Range ends (px). */
  yLow?: number
  yHigh?: number
  /** Arrow tip (px) for up and down marks. */
  tip?: number
  /** The target for a pointer or a focus ring: at least 24 × 24 px (WCAG 2.5.8). */
  hit: Rect
}

/** What a pointer, a finger or the keyboard lands on: one mark, or marks too close to tell apart, grouped. */
export interface Target {
  /** Positions of the estimates in the input, in drawing order. */
  indices: number[]
  rect: Rect
}

export interface Tick {
  x: number
  label: string
  /** A second line under the month, e.g. the year at each January and at the first tick. */
  sub?: string
}

export interface EstimatesLayout {
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  xTicks: Tick[]
  yTicks: { y: number; value: number }[]
  yMax: number
  marks: Mark[]
  /** Tap and focus targets that never overlap: marks whose targets would, share one. */
  targets: Target[]
  /** Input positions of estimates that cannot be drawn (vague figures, open dates). */
  unplotted: number[]
  /** The "as known on" line, when a date is given and falls on the axis. */
  asOfX?: number
}

export interface LayoutOptions {
  width: number
  height: number
  margin?: { top: number; right: number; bottom: number; left: number }
  /** "As known on" day (YYYY-MM-DD): drawn as a line and kept inside the time axis. */
  asOf?: string
  maxXTicks?: number
  maxYTicks?: number
  /** Marker radius. */
  radius?: number
  /** Arrow length for open-ended bounds. */
  arrow?: number
  /** Smallest target side in drawing units: 24 CSS px at the narrowest width the drawing is shown at. */
  targetSize?: number
  /** A month's short name on the time axis (1–12), in the page's language; English by default. */
  monthLabel?: (month: number) => string
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const minTarget = 24

/**
 * Places every plottable estimate: x is time (the as-of span, a band when it is fuzzy), y the value on a linear
 * axis from 0 with round ticks. Markers that would sit on top of each other are spread sideways so each stays
 * visible; their bands stay where the dates put them.
 */
export function layoutEstimates(
  estimates: readonly EstimatePoint[],
  options: LayoutOptions,
): EstimatesLayout {
  const { width, height, asOf, maxXTicks = 8, maxYTicks = 5, radius: r = 5, arrow = 22 } = options
  const margin = options.margin ?? { top: 28, right: 24, bottom: 48, left: 64 }
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  }

  const plotted: number[] = []
  const unplotted: number[] = []
  for (const [i, e] of estimates.entries()) (isPlottable(e) ? plotted : unplotted).push(i)

  // Time: from the first day of the earliest span to the end of the latest, padded so marks clear the edges.
  const days: number[] = []
  for (const i of plotted) {
    const e = estimates[i] as EstimatePoint
    days.push(dayNumber(e.earliest as string), dayNumber(e.latest as string) + 1)
  }
  const asOfDay = asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? dayNumber(asOf) : undefined
  if (asOfDay !== undefined) days.push(asOfDay, asOfDay + 1)
  let start = days.length > 0 ? Math.min(...days) : 0
  let end = days.length > 0 ? Math.max(...days) : 1
  const pad = Math.max(10, Math.round((end - start) * 0.03))
  start -= pad
  end += pad
  const x = scaleLinear([start, end], [plot.left, plot.right])

  // Value: linear from 0; arrows and bars need their top end inside the axis too.
  const tops = plotted.map((i) => {
    const e = estimates[i] as EstimatePoint
    return markKind(e.bound) === 'range' ? (e.high as number) : (e.value as number)
  })
  const nice = niceTicks(Math.max(0, ...tops), maxYTicks)
  const y = scaleLinear([0, nice.max], [plot.bottom, plot.top])

  const marks: Mark[] = plotted.map((i) => {
    const e = estimates[i] as EstimatePoint
    const kind = markKind(e.bound) as MarkKind
    const first = dayNumber(e.earliest as string)
    const last = dayNumber(e.latest as string)
    const x0 = x(first)
    const x1 = x(last + 1)
    const cx = (x0 + x1) / 2
    const mark: Mark = {
      id: e.id,
      index: i,
      kind,
      glyph: boundGlyph(e.bound),
      x0,
      x1,
      band: last > first,
      cx,
      y: 0,
      hit: { x: 0, y: 0, width: 0, height: 0 },
    }
    if (kind === 'range') {
      mark.yLow = y(e.low as number)
      mark.yHigh = y(e.high as number)
      mark.y = (mark.yLow + mark.yHigh) / 2
    } else {
      mark.y = y(e.value as number)
      if (kind === 'up') mark.tip = Math.max(plot.top - margin.top + 4, mark.y - arrow)
      if (kind === 'down') mark.tip = mark.y + Math.max(8, Math.min(arrow, plot.bottom - mark.y))
    }
    return mark
  })

  dodge(marks, r)
  const size = options.targetSize ?? minTarget
  for (const mark of marks) mark.hit = hitRect(mark, r, size)

  const xTicks: Tick[] = monthTicks(Math.ceil(start), Math.floor(end), maxXTicks).map((t, n, all) => {
    const step = all.length > 1 ? monthsBetween(all[0] as typeof t, all[1] as typeof t) : 1
    if (step >= 12) return { x: x(t.day), label: String(t.year) }
    const label = options.monthLabel?.(t.month) ?? (monthNames[t.month - 1] as string)
    return { x: x(t.day), label, sub: n === 0 || t.month === 1 ? String(t.year) : undefined }
  })

  return {
    width,
    height,
    plot,
    xTicks,
    yTicks: nice.ticks.map((value) => ({ value, y: y(value) })),
    yMax: nice.max,
    marks,
    targets: groupTargets(marks),
    unplotted,
    asOfX: asOfDay !== undefined ? x(asOfDay + 1) : undefined,
  }
}

const monthsBetween = (a: { year: number; month: number }, b: { year: number; month: number }) =>
  b.year * 12 + b.month - (a.year * 12 + a.month)

/**
 * Spreads markers that would cover each other (centres closer than one radius) side by side, centred on where
 * they belong, so two claimants with the same figure on the same day both show.
 */
export function dodge(marks: Mark[], r: number): void {
  const groups: Mark[][] = []
  for (const mark of marks) {
    const group = groups.find((g) => {
      const anchor = g[0] as Mark
      return Math.abs(anchor.cx - mark.cx) < r && Math.abs(anchor.y - mark.y) < r
    })
    if (group) group.push(mark)
    else groups.push([mark])
  }
  const gap = 2 * r + 2
  for (const group of groups) {
    if (group.length < 2) continue
    const centre = (group[0] as Mark).cx
    group.forEach((mark, i) => {
      mark.cx = centre + (i - (group.length - 1) / 2) * gap
    })
  }
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

const union = (a: Rect, b: Rect): Rect => {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  }
}

/**
 * One target per mark, except where targets would overlap: those marks share one target covering them all
 * (WCAG 2.5.8), which lists every estimate under it. Merging repeats until no two targets overlap.
 */
export function groupTargets(marks: readonly Mark[]): Target[] {
  let targets: Target[] = marks.map((m) => ({ indices: [m.index], rect: m.hit }))
  let merged = true
  while (merged) {
    merged = false
    const next: Target[] = []
    for (const target of targets) {
      const into = next.find((t) => overlaps(t.rect, target.rect))
      if (into) {
        into.indices.push(...target.indices)
        into.rect = union(into.rect, target.rect)
        merged = true
      } else next.push({ indices: [...target.indices], rect: target.rect })
    }
    targets = next
  }
  return targets
}

function hitRect(mark: Mark, r: number, minTarget: number): Rect {
  const ys = [mark.y - r, mark.y + r]
  if (mark.tip !== undefined) ys.push(mark.tip)
  if (mark.yHigh !== undefined) ys.push(mark.yHigh - r)
  if (mark.yLow !== undefined) ys.push(mark.yLow + r)
  let top = Math.min(...ys) - 2
  let bottom = Math.max(...ys) + 2
  let left = mark.cx - r - 3
  let right = mark.cx + r + 3
  if (right - left < minTarget) {
    left = mark.cx - minTarget / 2
    right = mark.cx + minTarget / 2
  }
  if (bottom - top < minTarget) {
    const middle = (top + bottom) / 2
    top = middle - minTarget / 2
    bottom = middle + minTarget / 2
  }
  return { x: left, y: top, width: right - left, height: bottom - top }
}
