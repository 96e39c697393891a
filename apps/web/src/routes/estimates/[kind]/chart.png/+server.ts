import { error } from '@sveltejs/kit'
import { m } from '$lib/paraglide/messages'
import { toPng } from '$lib/server/chart-image'
import { fileHeaders, sharedChart } from '../share.server'
import type { RequestHandler } from './$types'

/** The chart as a PNG at twice the drawing's width, with the page's filters; `?download` saves it. */
export const GET: RequestHandler = async (event) => {
  const { data, svg } = await sharedChart(event)
  const png = await toPng(svg, 1920)
  if (!png) error(501, m.est_error_png())
  return new Response(png, {
    headers: fileHeaders(
      'image/png',
      `estimates-${data.kind.id}.png`,
      event.url.searchParams.has('download'),
    ),
  })
}
