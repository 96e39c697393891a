import type { FigureInput } from '@dprk/data'
import { geoDistance } from 'd3-geo'

/** The Earth's mean radius in kilometres, the one d3-geo's documentation multiplies by. */
export const earthRadiusKm = 6371

/** [longitude, latitude] in degrees, the order d3-geo takes. */
export type LonLat = [number, number]

/** The great-circle ("as the crow flies") distance between two points, in kilometres. */
export function greatCircleKm(a: LonLat, b: LonLat): number {
  return geoDistance(a, b) * earthRadiusKm
}

/**
 * A distance rounded to the precision it deserves: a city's coordinates are one point within it,
 * so tens of kilometres for long distances, whole kilometres for short ones.
 */
export function roundKm(km: number): number {
  return km >= 100 ? Math.round(km / 10) * 10 : Math.round(km)
}

/**
 * How a claimed distance compares with the straight line: `close` (consistent with it), `above-straight-line`
 * (well beyond it, so it can only be a route's length), `below-straight-line` (shorter than any route can be),
 * or `unknown` for a figure without a number.
 */
export type DistanceVerdict = 'close' | 'above-straight-line' | 'below-straight-line' | 'unknown'

/**
 * Compares a great-circle distance with a claimed figure as it is worded ("nearly 7,000 km" allows up to, not
 * including, 7,000). `tolerance` is how far apart, as a share of the claimed value, still counts as close.
 */
export function compareDistance(
  straightKm: number,
  figure: Pick<FigureInput, 'bound' | 'value' | 'low' | 'high'>,
  tolerance = 0.15,
): DistanceVerdict {
  const { bound, value, low, high } = figure
  if (bound === 'range') {
    if (low === undefined || high === undefined) return 'unknown'
    if (straightKm > high) return 'below-straight-line'
    return straightKm < low * (1 - tolerance) ? 'above-straight-line' : 'close'
  }
  if (value === undefined || bound === 'vague') return 'unknown'
  const upper =
    bound === 'nearly' || bound === 'up-to' || bound === 'at-most'
      ? value
      : bound === 'about' || bound === 'exact'
        ? value * (1 + tolerance)
        : Number.POSITIVE_INFINITY
  // "nearly 7,000" excludes 7,000 itself; the other upper bounds include it.
  if (bound === 'nearly' ? straightKm >= upper : straightKm > upper) return 'below-straight-line'
  return straightKm < value * (1 - tolerance) ? 'above-straight-line' : 'close'
}
