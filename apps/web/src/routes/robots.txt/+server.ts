import { baseLocale, locales } from '$lib/paraglide/runtime'
import type { RequestHandler } from './$types'

// Search result pages and embeds are not for indexing, in any language; everything else is, and the sitemap says
// where it is.
export const GET: RequestHandler = ({ url, locals }) => {
  const origin = locals.publicOrigin ?? url.origin
  const body = [
    'User-agent: *',
    'Disallow: /search',
    'Disallow: /embed/',
    ...locales
      .filter((l) => l !== baseLocale)
      .flatMap((l) => [`Disallow: /${l}/search`, `Disallow: /${l}/embed/`]),
    'Allow: /',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n')
  return new Response(body, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  })
}
