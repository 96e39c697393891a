import { quantityKinds } from '@dprk/data/quantity-kinds'
import { error } from '@sveltejs/kit'
import { env } from '$env/dynamic/private'
import { filterQuery, readFilters } from '../filters'
import type { RequestHandler } from './$types'

/** The API's CSV of one series, with the same filters as the page: "download what you see". */
export const GET: RequestHandler = async ({ fetch, params, url }) => {
  if (!Object.hasOwn(quantityKinds, params.kind)) error(404, `There is no figure called “${params.kind}”.`)
  const filters = readFilters(url.searchParams)
  const query = new URLSearchParams(filterQuery(filters))
  query.set('format', 'csv')
  const base = (env.API_URL ?? 'http://127.0.0.1:8787').replace(/\/$/, '')

  let res: Response
  try {
    res = await fetch(`${base}/v1/estimates/${params.kind}?${query}`, { headers: { Accept: 'text/csv' } })
  } catch {
    error(503, 'The data service cannot be reached right now. Try again in a moment.')
  }
  if (res.status === 404) error(404, `There is no figure called “${params.kind}”.`)
  if (!res.ok) error(502, `The data service answered with an error (${res.status}). Try again in a moment.`)

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
