import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkFigure, type FigureNumbers, figureLimits } from './figure-limits.ts'

const base = { quantity: 'killed', unit: 'persons', wording: 'x' } as const
const value = fc.integer({ min: 0, max: 1_000_000 })
const fits = (v: number, { lower, upper }: ReturnType<typeof figureLimits>) =>
  (lower === null || (lower.inclusive ? v >= lower.value : v > lower.value)) &&
  (upper === null || (upper.inclusive ? v <= upper.value : v < upper.value))

describe('figureLimits', () => {
  it('derives both limits for an exact figure', () => {
    expect(figureLimits({ ...base, bound: 'exact', value: 5 })).toEqual({
      lower: { value: 5, inclusive: true },
      upper: { value: 5, inclusive: true },
    })
  })

  it('reads "nearly 7,000" as below 7,000 and "more than 40" as above 40', () => {
    expect(figureLimits({ ...base, bound: 'nearly', value: 7000 })).toEqual({
      lower: null,
      upper: { value: 7000, inclusive: false },
    })
    expect(figureLimits({ ...base, bound: 'more-than', value: 40 })).toEqual({
      lower: { value: 40, inclusive: false },
      upper: null,
    })
  })

  it('keeps the stated value inside the limits of inclusive bounds, outside exclusive ones', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('exact', 'at-least', 'up-to', 'at-most', 'about'), (v, bound) => {
        expect(fits(v, figureLimits({ ...base, bound, value: v }))).toBe(true)
      }),
    )
    fc.assert(
      fc.property(value, fc.constantFrom('nearly', 'more-than'), (v, bound) => {
        expect(fits(v, figureLimits({ ...base, bound, value: v }))).toBe(false)
      }),
    )
  })

  it('gives "at least" a lower limit only and "up to" an upper limit only', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(figureLimits({ ...base, bound: 'at-least', value: v }).upper).toBeNull()
        expect(figureLimits({ ...base, bound: 'up-to', value: v }).lower).toBeNull()
      }),
    )
  })

  it('contains every value of a range between its ends', () => {
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        const [low, mid, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number]
        fc.pre(low < high)
        const figure: FigureNumbers = { ...base, bound: 'range', low, high }
        expect(checkFigure(figure)).toEqual([])
        expect(fits(mid, figureLimits(figure))).toBe(true)
      }),
    )
  })
})

describe('checkFigure', () => {
  it('accepts every well-formed point figure', () => {
    const bounds = ['exact', 'about', 'nearly', 'at-least', 'more-than', 'up-to', 'at-most'] as const
    fc.assert(
      fc.property(value, fc.constantFrom(...bounds), (v, bound) => {
        expect(checkFigure({ ...base, bound, value: v })).toEqual([])
      }),
    )
  })

  it('rejects a vague figure with a point value and casualty inclusions on other kinds', () => {
    expect(checkFigure({ ...base, bound: 'vague', value: 3 })).toEqual([
      { field: 'value', message: 'a vague figure has no point value' },
    ])
    expect(
      checkFigure({ ...base, bound: 'about', value: 3, includes: ['missing'], quantity: 'distance' }),
    ).toEqual([{ field: 'includes', message: 'only casualty counts and shares say what they include' }])
  })
})
