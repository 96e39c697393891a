import { describe, expect, it } from 'vitest'
import { compareDistance, greatCircleKm, roundKm } from './distance'

describe('greatCircleKm', () => {
  it('is zero between a point and itself', () => {
    expect(greatCircleKm([131.9, 43.13], [131.9, 43.13])).toBe(0)
  })

  it('measures a quarter of the equator as a quarter of the circumference', () => {
    expect(greatCircleKm([0, 0], [90, 0])).toBeCloseTo((2 * Math.PI * 6371) / 4, 6)
  })

  it('measures pole to pole as half the circumference, whatever the longitude', () => {
    expect(greatCircleKm([10, 90], [-170, -90])).toBeCloseTo(Math.PI * 6371, 6)
  })

  it('is symmetric', () => {
    const a: [number, number] = [36.18, 51.72]
    const b: [number, number] = [131.9, 43.13]
    expect(greatCircleKm(a, b)).toBeCloseTo(greatCircleKm(b, a), 9)
  })

  it('gives Paris to London as about 344 km', () => {
    expect(greatCircleKm([2.3522, 48.8566], [-0.1276, 51.5072])).toBeGreaterThan(340)
    expect(greatCircleKm([2.3522, 48.8566], [-0.1276, 51.5072])).toBeLessThan(346)
  })
})

describe('roundKm', () => {
  it('rounds long distances to tens of kilometres', () => {
    expect(roundKm(6734.4)).toBe(6730)
    expect(roundKm(6735)).toBe(6740)
    expect(roundKm(100.2)).toBe(100)
  })

  it('rounds short distances to whole kilometres', () => {
    expect(roundKm(31.6)).toBe(32)
    expect(roundKm(0.4)).toBe(0)
  })
})

describe('compareDistance', () => {
  const nearly7000 = { bound: 'nearly', value: 7000 } as const

  it('finds a straight line just under "nearly 7,000" close to it', () => {
    expect(compareDistance(6730, nearly7000)).toBe('close')
  })

  it('finds "nearly 7,000" shorter than a straight line of 7,000 or more, since nearly excludes the value', () => {
    expect(compareDistance(7000, nearly7000)).toBe('below-straight-line')
    expect(compareDistance(7200, nearly7000)).toBe('below-straight-line')
  })

  it('finds a claim far above the straight line to be a route length, not a straight line', () => {
    expect(compareDistance(4000, nearly7000)).toBe('above-straight-line')
    expect(compareDistance(4000, { bound: 'about', value: 9000 })).toBe('above-straight-line')
  })

  it('lets "about" reach either side within the tolerance', () => {
    expect(compareDistance(7500, { bound: 'about', value: 7000 })).toBe('close')
    expect(compareDistance(6500, { bound: 'about', value: 7000 })).toBe('close')
    expect(compareDistance(8200, { bound: 'about', value: 7000 })).toBe('below-straight-line')
  })

  it('never calls a lower bound too short while the straight line is under it', () => {
    expect(compareDistance(6730, { bound: 'at-least', value: 7000 })).toBe('close')
    expect(compareDistance(20000, { bound: 'more-than', value: 7000 })).toBe('close')
  })

  it('uses both ends of a range', () => {
    expect(compareDistance(6500, { bound: 'range', low: 6000, high: 7000 })).toBe('close')
    expect(compareDistance(7100, { bound: 'range', low: 6000, high: 7000 })).toBe('below-straight-line')
    expect(compareDistance(3000, { bound: 'range', low: 6000, high: 7000 })).toBe('above-straight-line')
  })

  it('gives no verdict for a figure without a number', () => {
    expect(compareDistance(6730, { bound: 'vague' })).toBe('unknown')
    expect(compareDistance(6730, { bound: 'range', low: 6000 })).toBe('unknown')
  })
})
