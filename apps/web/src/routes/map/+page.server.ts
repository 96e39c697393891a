import { ApiError } from '@dprk/api/client'
import type { Place } from '@dprk/data'
import { error } from '@sveltejs/kit'
import type { NamedClaim } from '$lib/claims'
import { countryName, formatNumber } from '$lib/format'
import { buildMap, type MapOptions, type MapPoint } from '$lib/map/build-map'
import { compareDistance, greatCircleKm, roundKm } from '$lib/map/distance'
import { detailHeight, groupByLongitude } from '$lib/map/groups'
import { countries, countryIdForCode } from '$lib/map/world'
import { m } from '$lib/paraglide/messages'
import { getLocale } from '$lib/paraglide/runtime'
import { api, fromApi } from '$lib/server/api'
import { inDateOrder } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

/** The claim the route's distance is checked against, and the two ends of that route. */
const distanceClaimId = 'article-nearly-7000-km'
const route = { from: 'vladivostok', to: 'kursk-oblast' }

const world = countries()

type Layout = Pick<MapOptions, 'width' | 'height' | 'fontSize' | 'markerRadius' | 'margin'>
// Wide screens get one map with every label; narrow ones an overview plus a detail map for each end of Russia,
// since at phone width the places of each end would sit a few pixels apart.
const wide: Layout = {
  width: 1000,
  height: 450,
  fontSize: 13,
  markerRadius: 4.5,
  margin: { top: 70, right: 90, bottom: 30, left: 60 },
}
const overview: Layout = {
  width: 360,
  height: 250,
  fontSize: 12,
  markerRadius: 3.5,
  margin: { top: 60, right: 24, bottom: 24, left: 24 },
}
const detailWidth = 360
const detailMargin = { top: 36, right: 70, bottom: 36, left: 70 }

// Laying out the maps takes a few hundred milliseconds; the same places, selection and language give the same maps.
const mapCache = new Map<string, ReturnType<typeof drawMaps>>()
const mapCacheSize = 64

const hasCoordinates = (p: Place): p is Place & { latitude: number; longitude: number } =>
  p.latitude !== undefined && p.longitude !== undefined

export const load: PageServerLoad = async ({ fetch, url }) => {
  const client = api(fetch)
  const selectedId = url.searchParams.get('place') || undefined
  // Every place with the events there and its claim count in one call; the distance claim beside it.
  const [placeList, claim] = await Promise.all([
    fromApi(client.places.list({ limit: 500, include: ['events'], counts: ['place'] })),
    // The map still works without the claim: only the comparison is left out.
    client.claims.get(distanceClaimId).catch((cause: unknown) => {
      if (cause instanceof ApiError && cause.status === 404) return null
      return fromApi(Promise.reject(cause))
    }),
  ])
  const places = placeList.data
  const events = [...(placeList.included?.events ?? [])].sort(inDateOrder)
  const claimCount = placeList.meta.counts?.place ?? {}

  const selectedPlace = selectedId ? places.find((p) => p.id === selectedId) : undefined
  if (selectedId && !selectedPlace) error(404, m.map_error_no_place({ id: selectedId }))

  const selected = selectedPlace
    ? {
        place: selectedPlace,
        countryName: countryName(selectedPlace.country),
        events: events.filter((e) => e.places.includes(selectedPlace.id)),
        claimCount: claimCount[selectedPlace.id] ?? 0,
      }
    : null

  const eventCount = new Map<string, number>()
  for (const event of events) for (const id of event.places) eventCount.set(id, (eventCount.get(id) ?? 0) + 1)

  const mapped = places.filter(hasCoordinates)
  const points: MapPoint[] = mapped.map((p) => ({ id: p.id, name: p.name, at: [p.longitude, p.latitude] }))
  const involvedCodes = [...new Set(places.map((p) => p.country))]
  const involved = involvedCodes.flatMap((code) => countryIdForCode(code, world) ?? [])
  // The shaded countries are labelled in the page's language.
  const countryNames = Object.fromEntries(
    involvedCodes.flatMap((code) => {
      const id = countryIdForCode(code, world)
      return id ? [[id, countryName(code)]] : []
    }),
  )

  const from = mapped.find((p) => p.id === route.from)
  const to = mapped.find((p) => p.id === route.to)
  const distance =
    from && to
      ? (() => {
          const km = roundKm(greatCircleKm([from.longitude, from.latitude], [to.longitude, to.latitude]))
          return {
            km,
            from: { id: from.id, name: from.name },
            to: { id: to.id, name: to.name },
            verdict: claim?.figure ? compareDistance(km, claim.figure) : 'unknown',
          }
        })()
      : null

  const locale = getLocale()
  const key = JSON.stringify([locale, points, involved, selectedPlace?.id, distance?.km])
  let maps = mapCache.get(key)
  if (!maps) {
    maps = drawMaps(points, involved, countryNames, selectedPlace?.id, distance)
    if (mapCache.size >= mapCacheSize) mapCache.delete(mapCache.keys().next().value as string)
    mapCache.set(key, maps)
  }

  const namedClaim: NamedClaim | null = claim
    ? {
        ...claim,
        claimantName: claim.resolved.claimant.name,
        viaNames: claim.resolved.via.map((v) => v.name),
      }
    : null
  // The quoted evidence, each with the document it comes from.
  const evidence = (claim?.evidence ?? []).map((e) => ({
    ...e,
    source: claim?.resolved.sources.find((s) => s.id === e.source) ?? { id: e.source, title: e.source },
  }))

  return {
    maps,
    places: [...places]
      .sort((a, b) => a.name.localeCompare(b.name, locale))
      .map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        country: countryName(p.country),
        latitude: p.latitude,
        longitude: p.longitude,
        events: eventCount.get(p.id) ?? 0,
      })),
    involvedCountries: involvedCodes.map(countryName).sort((a, b) => a.localeCompare(b, locale)),
    selected,
    distance,
    claim: namedClaim,
    evidence,
  }
}

/** The wide map, the phone overview and the detail maps, with the route and the selected place. */
function drawMaps(
  points: MapPoint[],
  involved: string[],
  countryNames: Record<string, string>,
  selectedId: string | undefined,
  distance: { km: number; from: { name: string }; to: { name: string } } | null,
) {
  const routeLines = (long: boolean) =>
    distance
      ? [
          `${formatNumber(distance.km)}${m.unit_km()}`,
          m.map_route_great_circle(),
          ...(long ? [`${distance.from.name} → ${distance.to.name}`] : []),
        ]
      : []
  const common = { countries: world, involved, countryNames, points, selectedId }
  const groups = groupByLongitude(points)
  const groupNames =
    groups.length === 2
      ? [m.map_west(), m.map_east()]
      : groups.map((_, i) => m.map_area({ n: formatNumber(i + 1) }))
  const details = groups.map((group, i) => {
    const first = group[0] as MapPoint
    const last = group[group.length - 1] as MapPoint
    const name = groupNames[i] as string
    const inner = detailWidth - detailMargin.left - detailMargin.right
    return {
      id: `detail-${i + 1}`,
      name,
      title:
        group.length === 1
          ? m.map_detail_title_one({ area: name, place: first.name })
          : m.map_detail_title_range({ area: name, first: first.name, last: last.name }),
      places: group.map((p) => p.name),
      map: buildMap({
        ...common,
        width: detailWidth,
        height: detailHeight(group, inner, 180, 380) + detailMargin.top + detailMargin.bottom,
        fontSize: 12,
        markerRadius: 4,
        margin: detailMargin,
        fit: group.map((p) => p.at),
        route: distance ? { ...route, lines: [] } : undefined,
      }),
    }
  })
  return {
    wide: buildMap({
      ...common,
      ...wide,
      minSegment: 1,
      route: distance ? { ...route, lines: routeLines(true) } : undefined,
    }),
    overview: buildMap({
      ...common,
      ...overview,
      digits: 0,
      minSegment: 1.5,
      labelPlaces: groups.length <= 1,
      route: distance ? { ...route, lines: routeLines(false) } : undefined,
      frames:
        groups.length > 1
          ? details.map((d, i) => ({ id: d.id, label: d.name, points: (groups[i] ?? []).map((p) => p.at) }))
          : [],
    }),
    details: groups.length > 1 ? details : [],
  }
}
