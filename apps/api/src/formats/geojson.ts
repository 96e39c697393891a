import type { Event, Place } from '@dprk/data'

type Position = [number, number]
const position = (p: Place): Position | undefined =>
  p.latitude === undefined || p.longitude === undefined ? undefined : [p.longitude, p.latitude]

/** Places with coordinates as a GeoJSON FeatureCollection (RFC 7946: longitude first). */
export function placesGeoJson(places: readonly Place[]) {
  return {
    type: 'FeatureCollection' as const,
    features: places.flatMap((place) => {
      const coordinates = position(place)
      if (!coordinates) return []
      const { latitude: _lat, longitude: _lon, ...properties } = place
      return [
        {
          type: 'Feature' as const,
          id: place.id,
          geometry: { type: 'Point' as const, coordinates },
          properties,
        },
      ]
    }),
  }
}

/** Events that have located places, each as a Point or MultiPoint feature. */
export function eventsGeoJson(events: readonly Event[], place: (id: string) => Place | undefined) {
  return {
    type: 'FeatureCollection' as const,
    features: events.flatMap((event) => {
      const points = event.places.flatMap((id) => {
        const p = place(id)
        const xy = p && position(p)
        return xy ? [xy] : []
      })
      if (points.length === 0) return []
      const geometry =
        points.length === 1
          ? { type: 'Point' as const, coordinates: points[0] as Position }
          : { type: 'MultiPoint' as const, coordinates: points }
      return [{ type: 'Feature' as const, id: event.id, geometry, properties: event }]
    }),
  }
}
