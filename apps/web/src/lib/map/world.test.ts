import { geoContains } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { countryName } from '../format.ts'
import { countries, countryIdForCode } from './world'

const all = countries()
const containing = (at: [number, number]) =>
  all.filter((c) => geoContains(c as never, at)).map((c) => c.properties.name)

describe('countries', () => {
  it('draws Crimea inside Ukraine, its internationally recognised border', () => {
    expect(containing([34.1, 44.95])).toEqual(['Ukraine'])
    expect(containing([33.5, 44.6])).toEqual(['Ukraine'])
  })

  it('keeps the rest of Russia and Ukraine where they were', () => {
    expect(containing([36.18, 51.72])).toEqual(['Russia']) // Kursk
    expect(containing([131.9, 43.13])).toEqual(['Russia']) // Vladivostok
    expect(containing([30.52, 50.45])).toEqual(['Ukraine']) // Kyiv
    expect(containing([37.8, 48.0])).toEqual(['Ukraine']) // Donetsk
  })

  it('has the two Koreas as separate countries', () => {
    expect(containing([125.75, 39.03])).toEqual(['North Korea'])
    expect(containing([126.98, 37.57])).toEqual(['South Korea'])
  })

  it('gives every country a unique id and a name, even those without an ISO code', () => {
    expect(all.length).toBeGreaterThan(150)
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length)
    expect(all.find((c) => c.properties.name === 'Kosovo')?.id).toBe('Kosovo')
    for (const c of all) expect(c.properties.name.length).toBeGreaterThan(0)
  })
})

describe('countryIdForCode', () => {
  it('finds the world-atlas ids of the countries in the dataset by ISO code', () => {
    expect(countryIdForCode('RU', all)).toBe('643')
    expect(countryIdForCode('UA', all)).toBe('804')
    expect(countryIdForCode('KP', all)).toBe('408')
    expect(countryIdForCode('KR', all)).toBe('410')
  })

  it('finds nothing for a code that is not a country on the map', () => {
    expect(countryIdForCode('ZZ', all)).toBeUndefined()
    expect(countryIdForCode('not a code', all)).toBeUndefined()
  })
})

describe('countryName', () => {
  it('names a country by its ISO code in English', () => {
    expect(countryName('KP')).toBe('North Korea')
    expect(countryName('KR')).toBe('South Korea')
  })

  it('returns an invalid code unchanged', () => {
    expect(countryName('not a code')).toBe('not a code')
  })
})
