import { quantityKinds } from '@dprk/data/quantity-kinds'
import { error } from '@sveltejs/kit'
import { env } from '$env/dynamic/private'
import { m } from '$lib/paraglide/messages'
import { getLocale } from '$lib/paraglide/runtime'
import { filterQuery, readFilters } from '../filters'
import type { RequestHandler } from './$types'

/** The API's CSV of one series, with the same filters as the page: "download what you see". */
export const GET: RequestHandler = async ({ fetch, params, url }) => {
  if (!Object.hasOwn(quantityKinds, params.kind))
    error(404, m.est_error_no_figure_short({ kind: params.kind }))
  const filters = readFilters(url.searchParams)
  const query = new URLSearchParams(filterQuery(filters))
  query.set('format', 'csv')
  // The claimants' names and other translated text in the page's language, as the page shows them.
  query.set('lang', getLocale())
  const base = (env.API_URL ?? 'http://127.0.0.1:8787').replace(/\/$/, '')

  let res: Response
  try {
    res = await fetch(`${base}/v1/estimates/${params.kind}?${query}`, { headers: { Accept: 'text/csv' } })
  } catch {
    error(503, m.est_error_unreachable())
  }
  if (res.status === 404) error(404, m.est_error_no_figure_short({ kind: params.kind }))
  if (!res.ok) error(502, m.est_error_upstream({ status: String(res.status) }))

  const name = ['estimates', params.kind, filters.claimant, filters.asOf && `as-known-${filters.asOf}`]
    .filter(Boolean)
    .join('-')
  return new Response(await res.text(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${name}.csv"`,
      'Cache-Control': res.headers.get('Cache-Control') ?? 'public, max-age=300',
    },
  })
}
