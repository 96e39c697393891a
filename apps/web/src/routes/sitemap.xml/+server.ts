import { quantityKinds } from '@dprk/data/quantity-kinds'
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

/** Every view and every record page, with the dataset's release day as the last change. */
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
  const entries = paths.map(
    (path) => `<url><loc>${escapeXml(origin + path)}</loc><lastmod>${dataset.released}</lastmod></url>`,
  )
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`
  return new Response(body, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  })
}
