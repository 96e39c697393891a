import { type Language, languages } from '@dprk/data'

const chosen = new Map<string, Language>()

/**
 * The language an Accept-Language header asks for (RFC 9110 §12.5.4): the first of ours by quality, ties in the
 * order given, matched by primary subtag (`ko-KR` is `ko`, `*` is English); English when none fits.
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return 'en'
  const known = chosen.get(header)
  if (known) return known
  let best: Language = 'en'
  let bestQuality = 0
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const quality = q ? Number(q.slice(2)) || 0 : 1
    if (quality <= bestQuality) continue
    const primary = range.trim().split('-')[0]
    const language = primary === '*' ? 'en' : languages.find((l) => l === primary)
    if (language) {
      best = language
      bestQuality = quality
    }
  }
  // Clients send a handful of distinct values; a bound keeps a hostile variety from growing the map.
  if (chosen.size < 256) chosen.set(header, best)
  return best
}
