import { describe, expect, it } from 'vitest'
import { coordinatesInWords } from './coordinates'

describe('coordinatesInWords', () => {
  it('writes north and east with two decimals', () => {
    expect(coordinatesInWords(43.1333, 131.9)).toBe('43.13° N, 131.90° E')
  })

  it('writes south and west for negative values, without the minus sign', () => {
    expect(coordinatesInWords(-33.8688, -70.6693)).toBe('33.87° S, 70.67° W')
  })

  it('counts the equator as north and the prime meridian as east', () => {
    expect(coordinatesInWords(0, 0)).toBe('0.00° N, 0.00° E')
  })
})
