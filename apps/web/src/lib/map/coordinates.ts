import { m } from '$lib/paraglide/messages'
import { getLocale, type Locale } from '$lib/paraglide/runtime'

// One formatter per language, made once: two decimals, the language's decimal sign.
const formats = new Map<Locale, Intl.NumberFormat>()
function degrees(value: number): string {
  const locale = getLocale()
  let format = formats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    formats.set(locale, format)
  }
  return format.format(Math.abs(value))
}

/** Latitude and longitude as a reader writes them: "43.13° N, 131.90° E", "북위 43.13°, 동경 131.90°". */
export function coordinatesInWords(latitude: number, longitude: number): string {
  const lat =
    latitude < 0 ? m.map_lat_south({ deg: degrees(latitude) }) : m.map_lat_north({ deg: degrees(latitude) })
  const lon =
    longitude < 0 ? m.map_lon_west({ deg: degrees(longitude) }) : m.map_lon_east({ deg: degrees(longitude) })
  return `${lat}, ${lon}`
}
