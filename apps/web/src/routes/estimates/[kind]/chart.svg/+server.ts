import { fileHeaders, sharedChart } from '../share.server'
import type { RequestHandler } from './$types'

/** The chart as a standalone SVG file, with the page's filters; `?download` saves it. */
export const GET: RequestHandler = async (event) => {
  const { data, svg } = await sharedChart(event)
  const name = `estimates-${data.kind.id}.svg`
  return new Response(svg, {
    headers: fileHeaders('image/svg+xml; charset=utf-8', name, event.url.searchParams.has('download')),
  })
}
