import {
  type GeoProjection,
  type GeoStream,
  geoArea,
  geoCentroid,
  geoConicConformal,
  geoGraticule,
  geoInterpolate,
  geoPath,
} from 'd3-geo'
import type { LonLat } from './distance'
import { type Box, type PlacedLabel, placeLabels, textWidth } from './labels'
import type { Country } from './world'

/** A place to mark: id, label and [longitude, latitude]. */
export interface MapPoint {
  id: string
  name: string
  at: LonLat
}

export interface MapOptions {
  /** The SVG's viewBox size in user units. */
  width: number
  height: number
  /** Label size in user units. */
  fontSize: number
  /** Free space around the places, in user units, so labels have room at the edges. */
  margin: { top: number; right: number; bottom: number; left: number }
  markerRadius: number
  countries: Country[]
  /** Ids of countries to highlight (world-atlas ids, e.g. "643"). */
  involved: string[]
  /** Names to label countries with, by world-atlas id, in the page's language; world-atlas's English otherwise. */
  countryNames?: Record<string, string>
  points: MapPoint[]
  selectedId?: string
  /** A great-circle line between two of the points, with lines of text to set beside its middle. */
  route?: { from: string; to: string; lines: string[] }
  /** The points the frame is fitted to; all of `points` by default. Points outside the frame are left out. */
  fit?: LonLat[]
  /** False for an overview whose places are labelled on detail maps instead. */
  labelPlaces?: boolean
  /** Dashed boxes around groups of points, each with a short name: where a detail map zooms in. */
  frames?: { id: string; label: string; points: LonLat[] }[]
  /** Decimal places kept in path coordinates (default 1); 0 suits a small overview. */
  digits?: number
  /** Outline vertices closer than this to the previous one are dropped, in user units (default 0.5). */
  minSegment?: number
}

export interface MapMarker {
  id: string
  name: string
  x: number
  y: number
  selected: boolean
  label: PlacedLabel | null
}

export interface MapModel {
  width: number
  height: number
  fontSize: number
  markerRadius: number
  /** Countries with any part in view, clipped to the frame. */
  countries: { id: string; name: string; d: string; involved: boolean }[]
  graticule: string
  route: {
    d: string
    from: string
    to: string
    lines: { text: string; x: number; y: number }[]
    box: Box
  } | null
  markers: MapMarker[]
  /** Names of the involved countries, set where there is room; left out where there is none. */
  countryLabels: { id: string; text: string; x: number; y: number }[]
  frames: { id: string; label: string; box: Box; labelBox: Box }[]
}

type Stream = GeoStream

/**
 * The projection, with each line's vertices thinned: a vertex closer than `minSegment` to the last one kept is
 * dropped (a line's last vertex is always kept). At 1:110m many vertices land within a unit of each other.
 */
export function thinned(projection: GeoProjection, minSegment: number): { stream: (s: Stream) => Stream } {
  return {
    stream(output) {
      let last: [number, number] | undefined
      let pending: [number, number] | undefined
      const thin: Stream = {
        point(x, y) {
          if (last && Math.hypot(x - last[0], y - last[1]) < minSegment) {
            pending = [x, y]
            return
          }
          output.point(x, y)
          last = [x, y]
          pending = undefined
        },
        lineStart() {
          last = undefined
          pending = undefined
          output.lineStart()
        },
        lineEnd() {
          if (pending) output.point(pending[0], pending[1])
          output.lineEnd()
        },
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      }
      return projection.stream(thin as never)
    },
  }
}

/** The largest polygon of a country, so a label lands on the mainland, not an island. */
function mainland(country: Country): Country {
  if (country.geometry.type !== 'MultiPolygon') return country
  let best = country.geometry.coordinates[0] ?? []
  let bestArea = -1
  for (const coordinates of country.geometry.coordinates) {
    const area = geoArea({ type: 'Polygon', coordinates } as never)
    if (area > bestArea) {
      best = coordinates
      bestArea = area
    }
  }
  return { ...country, geometry: { type: 'Polygon', coordinates: best } }
}

/**
 * Lays out the map as SVG path strings and positions: a conformal conic projection centred on the places and
 * fitted to the frame, countries clipped to it (paths rounded to 0.1 unit), an optional great-circle route, and
 * a marker with a non-overlapping label for every point. Pure: the same input gives the same output.
 */
export function buildMap(options: MapOptions): MapModel {
  const { width, height, margin, fontSize, markerRadius, points } = options
  const fit = options.fit ?? points.map((p) => p.at)
  const lons = fit.map((at) => at[0])
  const lats = fit.map((at) => at[1])
  const centre = lons.length > 0 ? (Math.min(...lons) + Math.max(...lons)) / 2 : 90
  const south = lats.length > 0 ? Math.min(...lats) : 35
  const north = lats.length > 0 ? Math.max(...lats) : 60
  const projection = geoConicConformal()
    .rotate([-centre, 0])
    .parallels([south + (north - south) / 6, north - (north - south) / 6])
    .fitExtent(
      [
        [margin.left, margin.top],
        [width - margin.right, height - margin.bottom],
      ],
      {
        type: 'MultiPoint',
        coordinates:
          fit.length > 0
            ? fit
            : [
                [30, 35],
                [140, 60],
              ],
      },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ])
  const path = geoPath(thinned(projection, options.minSegment ?? 0.5)).digits(options.digits ?? 1)
  const project = (at: LonLat): [number, number] => {
    const xy = projection(at)
    return xy ? [xy[0], xy[1]] : [Number.NaN, Number.NaN]
  }

  const involved = new Set(options.involved)
  const countries = options.countries.flatMap((country) => {
    const d = path(country as never)
    return d ? [{ id: country.id, name: country.properties.name, d, involved: involved.has(country.id) }] : []
  })
  const graticule = path(geoGraticule().step([10, 10])()) ?? ''

  let route: MapModel['route'] = null
  const obstacles: Box[] = []
  const from = points.find((p) => p.id === options.route?.from)
  const to = points.find((p) => p.id === options.route?.to)
  if (options.route && from && to && options.route.lines.length > 0) {
    const d = path({ type: 'LineString', coordinates: [from.at, to.at] }) ?? ''
    const [mx, my] = project(geoInterpolate(from.at, to.at)(0.5) as LonLat)
    // The text block sits above the line's middle, centred on it.
    const lineHeight = fontSize * 1.3
    const sizes = options.route.lines.map((text, i) =>
      textWidth(text, i === 0 ? fontSize * 1.5 : fontSize, i === 0),
    )
    const blockWidth = Math.max(0, ...sizes)
    const blockHeight = lineHeight * (options.route.lines.length + 0.5)
    const top = Math.max(0, my - fontSize - blockHeight)
    const left = Math.min(Math.max(0, mx - blockWidth / 2), width - blockWidth)
    const lines = options.route.lines.map((text, i) => ({
      text,
      x: left + blockWidth / 2,
      y: top + (i === 0 ? fontSize * 0.9 : lineHeight * (i + 0.6)),
    }))
    const box = { x: left, y: top, width: blockWidth, height: blockHeight }
    obstacles.push(box)
    route = { d, from: from.id, to: to.id, lines, box }
  } else if (options.route && from && to) {
    const d = path({ type: 'LineString', coordinates: [from.at, to.at] }) ?? ''
    route = { d, from: from.id, to: to.id, lines: [], box: { x: 0, y: 0, width: 0, height: 0 } }
  }

  const frames = (options.frames ?? []).map((frame) => {
    const xy = frame.points.map(project)
    const pad = fontSize * 1.2
    const x0 = Math.max(1, Math.min(...xy.map((p) => p[0])) - pad)
    const y0 = Math.max(1, Math.min(...xy.map((p) => p[1])) - pad)
    const x1 = Math.min(width - 1, Math.max(...xy.map((p) => p[0])) + pad)
    const y1 = Math.min(height - 1, Math.max(...xy.map((p) => p[1])) + pad)
    const box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
    // The frame's name sits above its top edge, or below the bottom one if there is no room above.
    const labelBox = {
      x: x0,
      y: y0 - fontSize * 1.4 >= 0 ? y0 - fontSize * 1.4 : y1 + fontSize * 0.2,
      width: textWidth(frame.label, fontSize, true),
      height: fontSize * 1.25,
    }
    obstacles.push(labelBox)
    return { id: frame.id, label: frame.label, box, labelBox }
  })

  const located = points.map((p) => {
    const [x, y] = project(p.at)
    return { ...p, x, y }
  })
  const visible = located.filter((p) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height)
  // Unlabelled markers are no label requests, so a country's name must be kept off them as an obstacle.
  if (options.labelPlaces === false)
    for (const p of visible)
      obstacles.push({
        x: p.x - markerRadius,
        y: p.y - markerRadius,
        width: 2 * markerRadius,
        height: 2 * markerRadius,
      })
  const countryRequests = options.countries
    .filter((c) => involved.has(c.id))
    .map((c) => {
      const [x, y] = project(geoCentroid(mainland(c) as never) as LonLat)
      return {
        id: `country:${c.id}`,
        text: (options.countryNames?.[c.id] ?? c.properties.name).toUpperCase(),
        x,
        y,
        r: 0,
        optional: true,
        fontSize: fontSize * 0.85,
      }
    })
    .filter((c) => c.x >= 0 && c.x <= width && c.y >= 0 && c.y <= height)
  const labels = placeLabels(
    [
      ...(options.labelPlaces === false ? [] : visible).map((p) => ({
        id: p.id,
        x: p.x,
        y: p.y,
        text: p.name,
        r: markerRadius + (p.id === options.selectedId ? 3 : 0),
        bold: p.id === options.selectedId,
      })),
      ...countryRequests,
    ],
    { width, height, fontSize, obstacles, padding: 2 },
  )
  const labelOf = new Map(labels.map((l) => [l.id, l]))
  const markers = visible.map((p) => ({
    id: p.id,
    name: p.name,
    x: p.x,
    y: p.y,
    selected: p.id === options.selectedId,
    label: labelOf.get(p.id) ?? null,
  }))
  const countryLabels = countryRequests.flatMap((c) => {
    const label = labelOf.get(c.id)
    return label ? [{ id: c.id.slice('country:'.length), text: c.text, x: label.x, y: label.y }] : []
  })
  return {
    width,
    height,
    fontSize,
    markerRadius,
    countries,
    graticule,
    route,
    markers,
    countryLabels,
    frames: frames.map(({ id, label, box, labelBox }) => ({ id, label, box, labelBox })),
  }
}
