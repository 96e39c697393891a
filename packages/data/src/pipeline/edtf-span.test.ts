import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { edtfSpan } from './edtf-span.ts'

const iso = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('edtfSpan', () => {
  it.each([
    ['2024-08', '2024-08-01', '2024-08-31'],
    ['2024-12-0X', '2024-12-01', '2024-12-09'],
    ['2025-01-1X', '2025-01-10', '2025-01-19'],
    ['2024-10/..', '2024-10-01', null],
    ['2024-10-08/2024-10-13', '2024-10-08', '2024-10-13'],
    ['2025-04-01~', '2025-04-01', '2025-04-01'],
    ['2024-02', '2024-02-01', '2024-02-29'],
  ])('spans %s from %s to %s', (edtf, earliest, latest) => {
    expect(edtfSpan(edtf)).toEqual({ earliest, latest })
  })

  it('maps a plain day to itself', () => {
    fc.assert(
      fc.property(iso, (d) => {
        expect(edtfSpan(d)).toEqual({ earliest: d, latest: d })
      }),
    )
  })

  it('spans an interval from its start to its end', () => {
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        // The edtf package rejects an interval whose ends are the same day: write the day instead.
        fc.pre(a !== b)
        const [start, end] = a < b ? [a, b] : [b, a]
        expect(edtfSpan(`${start}/${end}`)).toEqual({ earliest: start, latest: end })
      }),
    )
  })

  it('keeps an unspecified day digit inside its month and decade of days', () => {
    fc.assert(
      fc.property(iso, (d) => {
        const masked = `${d.slice(0, 8)}${d[8]}X`
        // The edtf package reads only 0X, 1X and 2X as day decades.
        fc.pre(d[8] !== '3')
        const { earliest, latest } = edtfSpan(masked)
        expect(earliest?.slice(0, 7)).toBe(d.slice(0, 7))
        expect(latest?.slice(0, 7)).toBe(d.slice(0, 7))
        expect((earliest ?? '') <= d && d <= (latest ?? '')).toBe(true)
      }),
    )
  })
})
