import { describe, expect, it } from 'vitest'
import { buildMap, type MapOptions, type MapPoint } from './build-map'
import { groupByLongitude } from './groups'
import { boxesOverlap } from './labels'
import { countries } from './world'

// Coordinates as the API gives them for the places of the story.
const places: MapPoint[] = [
  ['blagoveshchensk', 'Blagoveshchensk', 127.52637, 50.27593],
  ['chongjin', 'Chongjin', 129.77583, 41.79556],
  ['hamhung', 'Hamhung', 127.53639, 39.91833],
  ['kazan', 'Kazan', 49.12214, 55.78874],
  ['khabarovsk', 'Khabarovsk', 135.0971, 48.46204],
  ['korenevo', 'Korenevo', 34.90008, 51.41065],
  ['kursk-oblast', 'Kursk Oblast', 36.183, 51.717],
  ['kyiv', 'Kyiv', 30.52333, 50.45],
  ['moscow', 'Moscow', 37.6173, 55.7558],
  ['pyongyang', 'Pyongyang', 125.7538, 39.0319],
  ['seoul', 'Seoul', 126.9784, 37.566],
  ['sudzha', 'Sudzha', 35.27056, 51.19139],
  ['ussuriysk', 'Ussuriysk', 131.95734, 43.80467],
  ['vladivostok', 'Vladivostok', 131.9, 43.1333],
].map(([id, name, lon, lat]) => ({ id: String(id), name: String(name), at: [Number(lon), Number(lat)] }))

const world = countries()
const base: MapOptions = {
  width: 1000,
  height: 450,
  fontSize: 13,
  markerRadius: 4.5,
  margin: { top: 70, right: 90, bottom: 30, left: 60 },
  countries: world,
  involved: ['643', '804', '408', '410'],
  points: places,
  route: { from: 'vladivostok', to: 'kursk-oblast', lines: ['6,730 km', 'great-circle distance'] },
}
const map = buildMap(base)

/** The first and last coordinate pair of an SVG path. */
function ends(d: string): [number, number][] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? []
  return [
    [numbers[0] ?? Number.NaN, numbers[1] ?? Number.NaN],
    [numbers[numbers.length - 2] ?? Number.NaN, numbers[numbers.length - 1] ?? Number.NaN],
  ]
}

describe('buildMap', () => {
  it('marks every place inside the frame and its margins', () => {
    expect(map.markers.map((m) => m.id).sort()).toEqual(places.map((p) => p.id).sort())
    for (const m of map.markers) {
      expect(m.x).toBeGreaterThanOrEqual(base.margin.left - 0.5)
      expect(m.x).toBeLessThanOrEqual(base.width - base.margin.right + 0.5)
      expect(m.y).toBeGreaterThanOrEqual(base.margin.top - 0.5)
      expect(m.y).toBeLessThanOrEqual(base.height - base.margin.bottom + 0.5)
    }
  })

  it('puts west on the left and north at the top', () => {
    const at = (id: string) => map.markers.find((m) => m.id === id) as { x: number; y: number }
    expect(at('kyiv').x).toBeLessThan(at('moscow').x)
    expect(at('moscow').x).toBeLessThan(at('vladivostok').x)
    expect(at('moscow').y).toBeLessThan(at('seoul').y)
    expect(at('ussuriysk').y).toBeLessThan(at('vladivostok').y)
  })

  it('draws only the countries in view, and flags the involved ones', () => {
    const ids = map.countries.map((c) => c.id)
    expect(ids).toEqual(expect.arrayContaining(['643', '804', '408', '410', '156']))
    expect(ids).not.toContain('076') // Brazil
    expect(ids).not.toContain('840') // United States
    expect(
      map.countries
        .filter((c) => c.involved)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['408', '410', '643', '804'])
  })

  it('rounds path coordinates to one decimal place, or none when asked', () => {
    const decimals = (d: string) => Math.max(...(d.match(/\.\d+/g) ?? ['.']).map((s) => s.length - 1))
    expect(decimals(map.countries.map((c) => c.d).join(''))).toBeLessThanOrEqual(1)
    const coarse = buildMap({ ...base, digits: 0 })
    expect(coarse.countries.map((c) => c.d).join('')).not.toMatch(/\.\d/)
  })

  it('thins outline vertices that fall closer together than minSegment', () => {
    const count = (m: ReturnType<typeof buildMap>) =>
      m.countries
        .map((c) => c.d)
        .join('')
        .split(/[LM]/).length
    expect(count(buildMap({ ...base, minSegment: 3 }))).toBeLessThan(
      count(buildMap({ ...base, minSegment: 0 })),
    )
  })

  it('draws the route from one marker to the other, bowed north of the straight chord as a great circle is', () => {
    const route = map.route
    expect(route).not.toBeNull()
    const from = map.markers.find((m) => m.id === 'vladivostok') as { x: number; y: number }
    const to = map.markers.find((m) => m.id === 'kursk-oblast') as { x: number; y: number }
    const [start, end] = ends(route?.d ?? '')
    expect(start?.[0]).toBeCloseTo(from.x, 0)
    expect(start?.[1]).toBeCloseTo(from.y, 0)
    expect(end?.[0]).toBeCloseTo(to.x, 0)
    expect(end?.[1]).toBeCloseTo(to.y, 0)
    // Near the middle, the line runs above the straight chord between its ends.
    const vertices = (route?.d.match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g) ?? []).map((pair) =>
      pair.split(',').map(Number),
    )
    const midX = (from.x + to.x) / 2
    const middle = vertices.reduce((a, b) =>
      Math.abs((b[0] ?? 0) - midX) < Math.abs((a[0] ?? 0) - midX) ? b : a,
    )
    const chordY = from.y + ((to.y - from.y) * ((middle[0] ?? 0) - from.x)) / (to.x - from.x)
    expect(middle[1]).toBeLessThan(chordY - 5)
  })

  it('sets the route text above the middle of the line and keeps place labels off it', () => {
    const route = map.route
    expect(route?.lines.map((l) => l.text)).toEqual(['6,730 km', 'great-circle distance'])
    for (const m of map.markers) expect(m.label && boxesOverlap(m.label.box, route?.box as never)).toBe(false)
  })

  it('labels every place without overlaps between labels', () => {
    const labels = map.markers.map((m) => m.label)
    for (const label of labels) expect(label?.overlaps).toBe(false)
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(boxesOverlap(a?.box as never, b?.box as never)).toBe(false)
    }
  })

  it('marks the selected place with a larger clearance and only that one', () => {
    const selected = buildMap({ ...base, selectedId: 'sudzha' })
    expect(selected.markers.filter((m) => m.selected).map((m) => m.id)).toEqual(['sudzha'])
  })

  it('leaves labels off an overview and draws the frames of the detail maps around their places', () => {
    const groups = groupByLongitude(places)
    const overview = buildMap({
      ...base,
      width: 360,
      height: 250,
      labelPlaces: false,
      frames: groups.map((g, i) => ({
        id: `g${i}`,
        label: i === 0 ? 'West' : 'East',
        points: g.map((p) => p.at),
      })),
    })
    expect(overview.markers.every((m) => m.label === null)).toBe(true)
    expect(overview.frames.map((f) => f.label)).toEqual(['West', 'East'])
    for (const [i, frame] of overview.frames.entries()) {
      for (const p of groups[i] ?? []) {
        const m = overview.markers.find((x) => x.id === p.id) as { x: number; y: number }
        expect(m.x).toBeGreaterThanOrEqual(frame.box.x)
        expect(m.x).toBeLessThanOrEqual(frame.box.x + frame.box.width)
        expect(m.y).toBeGreaterThanOrEqual(frame.box.y)
        expect(m.y).toBeLessThanOrEqual(frame.box.y + frame.box.height)
      }
    }
  })

  it('zooms a detail map onto its group and leaves the places outside it off', () => {
    const [west] = groupByLongitude(places)
    const detail = buildMap({ ...base, width: 360, height: 300, fit: (west ?? []).map((p) => p.at) })
    expect(detail.markers.map((m) => m.id).sort()).toEqual(
      ['korenevo', 'kursk-oblast', 'kazan', 'kyiv', 'moscow', 'sudzha'].sort(),
    )
    // Korenevo and Sudzha are 30 km apart: for its width, the detail map sets them several times further apart.
    const apart = (m: typeof map, a: string, b: string) => {
      const p = m.markers.find((x) => x.id === a) as { x: number; y: number }
      const q = m.markers.find((x) => x.id === b) as { x: number; y: number }
      return Math.hypot(p.x - q.x, p.y - q.y) / m.width
    }
    expect(apart(detail, 'sudzha', 'korenevo')).toBeGreaterThan(3 * apart(map, 'sudzha', 'korenevo'))
  })

  it("labels the involved countries with the names it is given, in the page's language", () => {
    const korean = buildMap({ ...base, countryNames: { '643': '러시아', '804': '우크라이나' } })
    expect(map.countryLabels.map((c) => c.text)).toContain('RUSSIA')
    expect(korean.countryLabels.map((c) => c.text)).toContain('러시아')
    expect(korean.countryLabels.map((c) => c.text)).not.toContain('RUSSIA')
  })

  it('keeps country names off the unlabelled markers of an overview', () => {
    const overview = buildMap({
      ...base,
      width: 360,
      height: 250,
      labelPlaces: false,
      countryNames: { '408': '북한', '410': '한국', '643': '러시아', '804': '우크라이나' },
    })
    const r = overview.markerRadius
    for (const label of overview.countryLabels)
      for (const marker of overview.markers) {
        const box = { x: marker.x - r, y: marker.y - r, width: 2 * r, height: 2 * r }
        const text = { x: label.x - 12, y: label.y - 8, width: 24, height: 16 }
        expect(boxesOverlap(box, text)).toBe(false)
      }
  })

  it('gives the same map for the same input', () => {
    expect(buildMap(base)).toEqual(map)
  })
})
