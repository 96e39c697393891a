import { describe, expect, it } from 'vitest'
import { dayNumber, isoDay, monthTicks, niceTicks, scaleLinear } from './scale.ts'

describe('scaleLinear', () => {
  it('maps the ends of the domain onto the ends of the range, and points between proportionally', () => {
    const y = scaleLinear([0, 1000], [400, 0])
    expect(y(0)).toBe(400)
    expect(y(1000)).toBe(0)
    expect(y(250)).toBe(300)
  })

  it('maps a zero-width domain to the middle of the range instead of dividing by zero', () => {
    expect(scaleLinear([5, 5], [0, 100])(5)).toBe(50)
  })
})

describe('niceTicks', () => {
  it('steps in round numbers from 0 to at or just above the largest value', () => {
    expect(niceTicks(12_000, 5)).toEqual({
      max: 12_500,
      step: 2_500,
      ticks: [0, 2_500, 5_000, 7_500, 10_000, 12_500],
    })
    expect(niceTicks(4_000, 5)).toEqual({ max: 4_000, step: 1_000, ticks: [0, 1_000, 2_000, 3_000, 4_000] })
  })

  it('never gives more steps than asked for', () => {
    for (const max of [1, 7, 9, 99, 101, 999, 1_376, 18_000, 7_000_000]) {
      for (const count of [3, 4, 5, 6]) {
        const { ticks, max: top } = niceTicks(max, count)
        expect(ticks.length - 1).toBeLessThanOrEqual(count)
        expect(top).toBeGreaterThanOrEqual(max)
        expect(ticks[0]).toBe(0)
      }
    }
  })

  it('uses whole-number steps for counts, so two captured soldiers do not get a tick at 0.5', () => {
    expect(niceTicks(2, 5).ticks).toEqual([0, 1, 2])
    expect(niceTicks(7, 5).step).toBe(2)
  })

  it('allows fractional steps when asked', () => {
    expect(niceTicks(1, 4, false).ticks).toEqual([0, 0.25, 0.5, 0.75, 1])
  })

  it('gives a usable axis when there is nothing to show', () => {
    expect(niceTicks(0).ticks).toEqual([0, 1])
    expect(niceTicks(Number.NaN).ticks).toEqual([0, 1])
  })
})

describe('dayNumber and isoDay', () => {
  it('count calendar days in UTC and round-trip', () => {
    expect(dayNumber('1970-01-02')).toBe(1)
    expect(dayNumber('2025-01-01') - dayNumber('2024-12-31')).toBe(1)
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2) // leap year
    expect(isoDay(dayNumber('2025-01-13'))).toBe('2025-01-13')
  })

  it('rejects anything but a calendar day', () => {
    expect(() => dayNumber('2025-01')).toThrow(RangeError)
  })
})

describe('monthTicks', () => {
  it('ticks every month over a short span', () => {
    const ticks = monthTicks(dayNumber('2024-12-10'), dayNumber('2025-03-05'), 8)
    expect(ticks.map((t) => isoDay(t.day))).toEqual(['2025-01-01', '2025-02-01', '2025-03-01'])
    expect(ticks[0]).toMatchObject({ year: 2025, month: 1 })
  })

  it('widens the step, aligned to January, until the ticks fit', () => {
    const ticks = monthTicks(dayNumber('2023-10-20'), dayNumber('2026-01-10'), 8)
    expect(ticks.length).toBeLessThanOrEqual(8)
    expect(ticks.map((t) => isoDay(t.day))).toEqual([
      '2024-01-01',
      '2024-07-01',
      '2025-01-01',
      '2025-07-01',
      '2026-01-01',
    ])
  })

  it('only gives ticks inside the span', () => {
    const start = dayNumber('2024-10-02')
    const end = dayNumber('2024-10-30')
    expect(monthTicks(start, end, 5)).toEqual([])
  })
})
