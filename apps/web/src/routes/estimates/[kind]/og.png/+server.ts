import { error } from '@sveltejs/kit'
import { ogSvg, toPng } from '$lib/server/chart-image'
import { fileHeaders, sharedChart } from '../share.server'
import type { RequestHandler } from './$types'

/** The Open Graph card of the series: its title, what it counts and the chart, 1200 × 630. */
export const GET: RequestHandler = async (event) => {
  const { data, model, svg } = await sharedChart(event)
  const subtitle = `${model.plotted.length} estimates from ${data.claimants.length} claimants, each with its source · dprk-tracker`
  const png = await toPng(ogSvg(model, svg, subtitle), 1200)
  if (!png) error(501, 'Preview images are made on the Node server only.')
  return new Response(png, { headers: fileHeaders('image/png', `og-${data.kind.id}.png`, false) })
}
