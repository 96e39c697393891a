import { describe, expect, it } from 'vitest'
import { type EstimatePoint, isPlottable, layoutEstimates, type Mark, markKind } from './estimates.ts'
import { assignSeries } from './series.ts'
import { shapes, symbolPath } from './symbols.ts'

const day = (
  id: string,
  bound: EstimatePoint['bound'],
  value: number | undefined,
  on: string,
): EstimatePoint => ({
  id,
  bound,
  value,
  earliest: on,
  latest: on,
})

const size = { width: 960, height: 400, margin: { top: 20, right: 20, bottom: 40, left: 60 } }

describe('markKind', () => {
  it.each([
    ['exact', 'point'],
    ['about', 'point'],
    ['at-least', 'up'],
    ['more-than', 'up'],
    ['up-to', 'down'],
    ['at-most', 'down'],
    ['nearly', 'down'],
    ['range', 'range'],
    ['vague', undefined],
  ] as const)('draws %s as %s', (bound, kind) => {
    expect(markKind(bound)).toBe(kind)
  })
})

describe('isPlottable', () => {
  it('needs a number, both ends of a range and a closed date', () => {
    expect(isPlottable(day('a', 'about', 300, '2025-01-13'))).toBe(true)
    expect(isPlottable({ id: 'v', bound: 'vague', earliest: '2025-01-01', latest: '2025-01-01' })).toBe(false)
    expect(
      isPlottable({ id: 'r', bound: 'range', low: 1000, earliest: '2025-01-01', latest: '2025-01-01' }),
    ).toBe(false)
    expect(isPlottable({ id: 'o', bound: 'about', value: 5, earliest: '2024-10-01', latest: null })).toBe(
      false,
    )
  })
})

describe('layoutEstimates', () => {
  const estimates: EstimatePoint[] = [
    day('six', 'exact', 6, '2024-10-03'),
    day('at-least-100', 'at-least', 100, '2024-12-19'),
    { id: 'mid-january', bound: 'up-to', value: 1000, earliest: '2025-01-10', latest: '2025-01-19' },
    { id: 'range', bound: 'range', low: 1000, high: 3000, earliest: '2025-01-01', latest: '2025-02-28' },
    { id: 'vague', bound: 'vague', earliest: '2025-04-01', latest: '2025-04-02' },
    day('about-2000', 'about', 2000, '2025-09-02'),
  ]
  const layout = layoutEstimates(estimates, size)
  const mark = (id: string) => layout.marks.find((m) => m.id === id) as Mark

  it('plots every estimate with a number and lists the vague one as not plotted', () => {
    expect(layout.marks.map((m) => m.id)).toEqual([
      'six',
      'at-least-100',
      'mid-january',
      'range',
      'about-2000',
    ])
    expect(layout.unplotted).toEqual([4])
    expect(mark('range').index).toBe(3)
  })

  it('starts the value axis at 0 on the baseline, with a round top above the largest value', () => {
    expect(layout.yTicks[0]).toEqual({ value: 0, y: 360 })
    expect(layout.yMax).toBeGreaterThanOrEqual(3000)
    expect(layout.yTicks.at(-1)?.y).toBe(20)
    const perUnit = (360 - 20) / layout.yMax
    expect(mark('about-2000').y).toBeCloseTo(360 - 2000 * perUnit)
  })

  it('keeps time in order from left to right inside the plot', () => {
    const xs = ['six', 'at-least-100', 'mid-january', 'about-2000'].map((id) => mark(id).cx)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    for (const m of layout.marks) {
      expect(m.x0).toBeGreaterThanOrEqual(60)
      expect(m.x1).toBeLessThanOrEqual(940)
    }
  })

  it('draws a fuzzy date as a band over its days and a single day as a point', () => {
    const fuzzy = mark('mid-january')
    expect(fuzzy.band).toBe(true)
    expect(mark('six').band).toBe(false)
    // Ten days are ten times as wide as one.
    const one = mark('six').x1 - mark('six').x0
    expect(fuzzy.x1 - fuzzy.x0).toBeCloseTo(10 * one)
    expect(fuzzy.cx).toBeCloseTo((fuzzy.x0 + fuzzy.x1) / 2)
  })

  it('points arrows up for lower bounds and down for upper bounds', () => {
    const up = mark('at-least-100')
    const down = mark('mid-january')
    expect(up.kind).toBe('up')
    expect(up.tip).toBeLessThan(up.y)
    expect(up.glyph).toBe('≥')
    expect(down.kind).toBe('down')
    expect(down.tip).toBeGreaterThan(down.y)
    expect(down.glyph).toBe('≤')
    expect(mark('about-2000').glyph).toBe('≈')
    expect(mark('six').glyph).toBe('')
  })

  it('draws a range as a bar from its low to its high value', () => {
    const range = mark('range')
    const low = mark('mid-january').y // also 1,000
    expect(range.yLow).toBeCloseTo(low)
    expect(range.yHigh).toBeLessThan(range.yLow as number)
    expect(range.y).toBeCloseTo(((range.yLow as number) + (range.yHigh as number)) / 2)
  })

  it('gives every mark a pointer target of at least 24 × 24 px around its marker', () => {
    for (const m of layout.marks) {
      expect(m.hit.width).toBeGreaterThanOrEqual(24)
      expect(m.hit.height).toBeGreaterThanOrEqual(24)
      expect(m.hit.x).toBeLessThanOrEqual(m.cx)
      expect(m.hit.x + m.hit.width).toBeGreaterThanOrEqual(m.cx)
      expect(m.hit.y).toBeLessThanOrEqual(m.y)
    }
    const up = mark('at-least-100')
    expect(up.hit.y).toBeLessThanOrEqual(up.tip as number)
  })

  it('labels month ticks, with the year under the first tick and each January', () => {
    expect(layout.xTicks.length).toBeGreaterThan(1)
    expect(layout.xTicks[0]?.sub).toMatch(/^\d{4}$/)
    const january = layout.xTicks.find((t) => t.label === 'Jan')
    expect(january?.sub).toBe('2025')
  })

  it('spreads two markers at the same day and value side by side, leaving their dates alone', () => {
    const same = layoutEstimates(
      [
        day('kirby', 'about', 3000, '2024-10-23'),
        day('nis', 'about', 3000, '2024-10-23'),
        day('b', 'about', 9000, '2024-12-01'),
      ],
      { ...size, radius: 5 },
    )
    const [a, b, c] = same.marks as [Mark, Mark, Mark]
    expect(b.cx - a.cx).toBeCloseTo(12)
    expect((a.cx + b.cx) / 2).toBeCloseTo((a.x0 + a.x1) / 2)
    expect(a.x0).toBe(b.x0)
    expect(c.cx).toBeCloseTo((c.x0 + c.x1) / 2)
  })

  it('keeps the "as known on" day on the axis and gives its position', () => {
    const known = layoutEstimates([day('a', 'exact', 5, '2024-10-01')], { ...size, asOf: '2025-02-01' })
    expect(known.asOfX).toBeGreaterThan((known.marks[0] as Mark).cx)
    expect(known.asOfX).toBeLessThanOrEqual(940)
  })

  it('still gives axes when nothing can be plotted', () => {
    const empty = layoutEstimates([{ id: 'v', bound: 'vague', earliest: null, latest: null }], size)
    expect(empty.marks).toEqual([])
    expect(empty.unplotted).toEqual([0])
    expect(empty.yTicks.length).toBeGreaterThan(1)
  })
})

describe('assignSeries', () => {
  it('gives the series with most rows their own slot, in order, and the rest "other"', () => {
    const series = assignSeries(['nis', 'zelenskyy', 'nis', 'kirby', 'zelenskyy', 'nis', 'budanov'], 2)
    expect(series).toEqual([
      { id: 'nis', count: 3, slot: 0 },
      { id: 'zelenskyy', count: 2, slot: 1 },
      { id: 'kirby', count: 1, slot: -1 },
      { id: 'budanov', count: 1, slot: -1 },
    ])
  })

  it('leaves single-row series in "other" when there are more series than slots', () => {
    const series = assignSeries(['a', 'b', 'a', 'c', 'd'], 3)
    expect(series.map((s) => [s.id, s.slot])).toEqual([
      ['a', 0],
      ['b', -1],
      ['c', -1],
      ['d', -1],
    ])
  })

  it('breaks ties by first appearance so the colours do not shuffle between visits', () => {
    expect(assignSeries(['b', 'a', 'c'], 3).map((s) => s.id)).toEqual(['b', 'a', 'c'])
  })
})

describe('symbolPath', () => {
  it('gives a closed path for each shape, centred where asked', () => {
    for (const shape of shapes) {
      const d = symbolPath(shape, 100, 50, 5)
      expect(d).toMatch(/^M[\d.]+,[\d.]+/)
      expect(d.endsWith('Z')).toBe(true)
      const numbers = [...d.matchAll(/(?:[ML])([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])])
      for (const [px, py] of numbers) {
        expect(Math.abs((px as number) - 100)).toBeLessThanOrEqual(7)
        expect(Math.abs((py as number) - 50)).toBeLessThanOrEqual(7)
      }
    }
  })
})

describe('groupTargets', () => {
  const point = (id: string, earliest: string, value: number): EstimatePoint => ({
    id,
    bound: 'about',
    value,
    earliest,
    latest: earliest,
  })

  it('never leaves two targets overlapping, and covers every mark once', () => {
    // Many estimates of about the same size in the same weeks, as on the troops-sent chart.
    const estimates = Array.from({ length: 16 }, (_, i) =>
      point(`e${i}`, `2024-12-${String(1 + (i % 8)).padStart(2, '0')}`, 10_000 + (i % 3) * 500),
    )
    const layout = layoutEstimates(estimates, { width: 360, height: 400, targetSize: 30 })
    const rects = layout.targets.map((t) => t.rect)
    for (const [i, a] of rects.entries())
      for (const b of rects.slice(i + 1))
        expect(
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y,
        ).toBe(true)
    expect(layout.targets.flatMap((t) => t.indices).sort((a, b) => a - b)).toEqual(estimates.map((_, i) => i))
    expect(layout.targets.length).toBeLessThan(estimates.length)
    for (const rect of rects) expect(Math.min(rect.width, rect.height)).toBeGreaterThanOrEqual(30)
  })

  it('keeps marks that are far apart as targets of their own', () => {
    const layout = layoutEstimates([point('a', '2024-01-01', 100), point('b', '2025-06-01', 9000)], {
      width: 600,
      height: 400,
    })
    expect(layout.targets.map((t) => t.indices)).toEqual([[0], [1]])
  })
})
