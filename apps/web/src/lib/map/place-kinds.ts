import type { Place } from '@dprk/data'
import { m } from '$lib/paraglide/messages'

const placeKinds: Record<Place['kind'], () => string> = {
  city: m.rec_place_kind_city,
  town: m.rec_place_kind_town,
  region: m.rec_place_kind_region,
  country: m.rec_place_kind_country,
  port: m.rec_place_kind_port,
  site: m.rec_place_kind_site,
}

/** What kind of place it is, in the page's language: "city", "도시", "місто". */
export const placeKindInWords = (kind: Place['kind']): string => placeKinds[kind]?.() ?? kind
