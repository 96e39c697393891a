import { describe, expect, it } from 'vitest'
import type { MapPoint } from './build-map'
import { detailHeight, groupByLongitude } from './groups'

const point = (id: string, lon: number, lat: number): MapPoint => ({ id, name: id, at: [lon, lat] })

describe('groupByLongitude', () => {
  it('splits where the longitudes leave a wide gap, west to east', () => {
    const groups = groupByLongitude([
      point('vladivostok', 131.9, 43.1),
      point('kyiv', 30.5, 50.5),
      point('moscow', 37.6, 55.8),
    ])
    expect(groups.map((g) => g.map((p) => p.id))).toEqual([['kyiv', 'moscow'], ['vladivostok']])
  })

  it('keeps points with small gaps together', () => {
    const groups = groupByLongitude([point('a', 10, 0), point('b', 35, 0), point('c', 60, 0)], 30)
    expect(groups).toHaveLength(1)
  })

  it('returns no groups for no points', () => {
    expect(groupByLongitude([])).toEqual([])
  })
})

describe('detailHeight', () => {
  it('makes a group taller than wide into a tall map, within the limits', () => {
    const tall = [point('seoul', 127, 37.5), point('khabarovsk', 135, 48.5)]
    expect(detailHeight(tall, 360, 200, 480)).toBeGreaterThan(360)
    expect(detailHeight(tall, 360, 200, 400)).toBe(400)
  })

  it('makes a group wider than tall into a short map, never below the minimum', () => {
    const wide = [point('kyiv', 30.5, 50.5), point('kazan', 49.1, 55.8)]
    const height = detailHeight(wide, 360, 200, 480)
    expect(height).toBeLessThan(360)
    expect(height).toBeGreaterThanOrEqual(200)
    expect(detailHeight([point('a', 0, 0), point('b', 100, 0)], 360, 200, 480)).toBe(200)
  })

  it('gives the minimum for an empty group', () => {
    expect(detailHeight([], 360, 200, 480)).toBe(200)
  })
})
