import type { MapPoint } from './build-map'

/**
 * Splits points into groups wherever the longitudes, sorted, leave a gap wider than `gap` degrees: the places of
 * this story sit at the two ends of Russia, and each end gets a detail map. Groups run west to east.
 */
export function groupByLongitude(points: MapPoint[], gap = 30): MapPoint[][] {
  const sorted = [...points].sort((a, b) => a.at[0] - b.at[0] || a.id.localeCompare(b.id))
  const groups: MapPoint[][] = []
  let previous: number | undefined
  for (const point of sorted) {
    if (previous === undefined || point.at[0] - previous > gap) groups.push([])
    groups[groups.length - 1]?.push(point)
    previous = point.at[0]
  }
  return groups
}

/**
 * The height of a detail map `width` units wide that shows a group with room around it: the group's extent in
 * degrees, longitude shrunk by the cosine of its middle latitude, sets the shape, clamped to [min, max].
 */
export function detailHeight(points: MapPoint[], width: number, min: number, max: number): number {
  if (points.length === 0) return min
  const lons = points.map((p) => p.at[0])
  const lats = points.map((p) => p.at[1])
  const middle = ((Math.min(...lats) + Math.max(...lats)) / 2) * (Math.PI / 180)
  const across = Math.max(0.5, (Math.max(...lons) - Math.min(...lons)) * Math.cos(middle))
  const down = Math.max(0.5, Math.max(...lats) - Math.min(...lats))
  return Math.round(Math.min(max, Math.max(min, (width * down) / across)))
}
