import { geoContains } from 'd3-geo'
import { feature, merge } from 'topojson-client'
import world from 'world-atlas/countries-110m.json'

type Topology = Parameters<typeof feature>[0]
type CountryGeometry = {
  type: 'Polygon' | 'MultiPolygon'
  id?: string | number
  arcs: number[][] | number[][][]
  properties?: { name?: string }
}
type Geometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] }

/** A country of Natural Earth's 1:110m map: ISO 3166-1 numeric id, English name, outline. */
export interface Country {
  type: 'Feature'
  id: string
  properties: { name: string }
  geometry: Geometry
}

const topology = world as unknown as Topology
const ukraine = '804'
const russia = '643'
// A point in Crimea (Simferopol): Natural Earth's default view draws the peninsula inside Russia.
const crimea: [number, number] = [34.1, 44.95]

/**
 * The countries of world-atlas's 1:110m map, with internationally recognised borders: Crimea, which Natural
 * Earth's default view puts inside Russia, is moved back into Ukraine.
 */
export function countries(): Country[] {
  const collection = topology.objects.countries as unknown as { geometries: CountryGeometry[] }
  const geometries = collection.geometries
  const ru = geometries.find((g) => String(g.id) === russia)
  const ua = geometries.find((g) => String(g.id) === ukraine)
  let ruGeometry = ru
  let uaGeometry: Geometry | undefined
  if (ru?.type === 'MultiPolygon' && ua) {
    const polygons = ru.arcs as number[][][]
    const index = polygons.findIndex((arcs) =>
      geoContains(toFeature({ type: 'Polygon', arcs }) as never, crimea),
    )
    if (index >= 0) {
      ruGeometry = { ...ru, arcs: polygons.filter((_, i) => i !== index) }
      uaGeometry = merge(topology, [ua, { type: 'Polygon', arcs: polygons[index] }] as never) as Geometry
    }
  }
  return geometries.map((geometry, index) => {
    // A few disputed territories (Kosovo, Somaliland, N. Cyprus) have no ISO id: their name stands in.
    const id = String(geometry.id ?? geometry.properties?.name ?? index)
    const outline =
      id === ukraine && uaGeometry
        ? uaGeometry
        : (toFeature(id === russia && ruGeometry ? ruGeometry : geometry).geometry as Geometry)
    return { type: 'Feature', id, properties: { name: geometry.properties?.name ?? id }, geometry: outline }
  })
}

function toFeature(geometry: Omit<CountryGeometry, 'id' | 'properties'>): { geometry: unknown } {
  return feature(topology, geometry as never) as { geometry: unknown }
}

// Where Natural Earth's short names differ from the Unicode CLDR ones.
const aliases: Record<string, string> = {
  'Bosnia & Herzegovina': 'Bosnia and Herz.',
  'Dominican Republic': 'Dominican Rep.',
  'Central African Republic': 'Central African Rep.',
  'Congo - Kinshasa': 'Dem. Rep. Congo',
  'Congo - Brazzaville': 'Congo',
  'Myanmar (Burma)': 'Myanmar',
  'North Macedonia': 'Macedonia',
  'United States': 'United States of America',
}

// world-atlas names its countries in English, whatever the page's language.
const englishNames = new Intl.DisplayNames(['en'], { type: 'region' })
const englishName = (code: string) => {
  try {
    return englishNames.of(code) ?? code
  } catch {
    return code
  }
}

/** The world-atlas country for an ISO 3166-1 alpha-2 code such as "KP", matched by its English name. */
export function countryIdForCode(code: string, all: Country[]): string | undefined {
  const name = englishName(code)
  if (name === code) return undefined
  const wanted = aliases[name] ?? name
  return all.find((c) => c.properties.name === wanted)?.id
}
