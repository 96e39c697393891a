import { describe, expect, it } from 'vitest'
import { baseLocale, overwriteGetLocale } from '../paraglide/runtime'
import { dayNumber, spanExtent, timeScale } from './scale.ts'

describe('timeScale', () => {
  const scale = timeScale('2024-01-01', '2024-12-31', 366)

  it('maps each day of a leap year to one unit', () => {
    expect(scale.x('2024-01-01')).toBe(0)
    expect(scale.x('2024-01-02')).toBe(1)
    expect(scale.x('2024-12-31')).toBe(365)
  })

  it('ticks the first of every third month, naming the year on the first tick of each year', () => {
    const ticks = scale.ticks(3)
    expect(ticks.map((t) => t.iso)).toEqual(['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01'])
    expect(ticks.map((t) => t.label)).toEqual(['Jan 2024', 'Apr', 'Jul', 'Oct'])
    expect(
      timeScale('2024-06-01', '2025-03-01', 100)
        .ticks(3)
        .map((t) => t.label),
    ).toEqual(['Jun 2024', 'Sep', 'Dec', 'Mar 2025'])
  })

  it("names the ticks in the page's language", () => {
    try {
      overwriteGetLocale(() => 'ko')
      expect(scale.ticks(3).map((t) => t.label)).toEqual(['2024년 1월', '4월', '7월', '10월'])
      overwriteGetLocale(() => 'uk')
      expect(scale.ticks(3).map((t) => t.label)).toEqual(['січ. 2024', 'квіт.', 'лип.', 'жовт.'])
    } finally {
      overwriteGetLocale(() => baseLocale)
    }
  })
})

describe('spanExtent', () => {
  const scale = timeScale('2024-12-01', '2024-12-31', 31)

  it('draws "early December" over its nine days, not as a dot', () => {
    expect(spanExtent(scale, { earliest: '2024-12-01', latest: '2024-12-09' })).toEqual({
      x: 0,
      width: 9,
      open: false,
    })
  })

  it('keeps a single day visible and runs an open end to the edge', () => {
    expect(spanExtent(scale, { earliest: '2024-12-15', latest: '2024-12-15' }, 2).width).toBe(2)
    expect(spanExtent(scale, { earliest: '2024-12-20', latest: null })).toEqual({
      x: 19,
      width: 12,
      open: true,
    })
  })

  it('counts days across years', () => {
    expect(dayNumber('2025-01-01') - dayNumber('2024-01-01')).toBe(366)
  })
})
