import { quantityKinds } from '@dprk/data/quantity-kinds'
import { baseLocale, locales, localizeHref } from '$lib/paraglide/runtime'
import { api, fromApi } from '$lib/server/api'
import type { RequestHandler } from './$types'

const views = [
  '/',
  '/timeline',
  '/estimates',
  '/contingents',
  '/map',
  '/claims',
  '/sources',
  '/actors',
  '/places',
  '/about',
]
const escapeXml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/**
 * Every view and every record page once per language (/x, /ko/x, /uk/x), each with its editions in the other
 * languages as hreflang alternates (x-default: English), and the dataset's release day as the last change.
 */
export const GET: RequestHandler = async ({ fetch, url, locals }) => {
  const origin = locals.publicOrigin ?? url.origin
  const client = api(fetch)
  const [dataset, claims, actors, places, sources] = await fromApi(
    Promise.all([
      client.dataset(),
      client.claims.all({}),
      client.actors.all(),
      client.places.all(),
      client.sources.all(),
    ]),
  )
  const paths = [
    ...views,
    ...Object.keys(quantityKinds).map((kind) => `/estimates/${kind}`),
    ...claims.map((c) => `/claims/${c.id}`),
    ...actors.map((a) => `/actors/${a.id}`),
    ...places.map((p) => `/places/${p.id}`),
    ...sources.map((s) => `/sources/${s.id}`),
  ]
  const entries = paths.flatMap((path) => {
    const href = (locale: (typeof locales)[number]) => escapeXml(origin + localizeHref(path, { locale }))
    const alternates = [
      ...locales.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${href(l)}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${href(baseLocale)}"/>`,
    ].join('')
    return locales.map(
      (locale) => `<url><loc>${href(locale)}</loc><lastmod>${dataset.released}</lastmod>${alternates}</url>`,
    )
  })
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`
  return new Response(body, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  })
}
