import { error } from '@sveltejs/kit'
import { m } from '$lib/paraglide/messages'
import { ogSvg, toPng } from '$lib/server/chart-image'
import { counted } from '../chart-model'
import { fileHeaders, sharedChart } from '../share.server'
import type { RequestHandler } from './$types'

/** The Open Graph card of the series: its title, what it counts and the chart, 1200 × 630. */
export const GET: RequestHandler = async (event) => {
  const { data, model, svg } = await sharedChart(event)
  const subtitle = m.est_og_subtitle({
    estimates: counted(m.est_count, model.plotted.length),
    claimants: counted(m.est_from_claimants, data.claimants.length),
  })
  const png = await toPng(ogSvg(model, svg, subtitle), 1200)
  if (!png) error(501, m.est_error_preview())
  return new Response(png, { headers: fileHeaders('image/png', `og-${data.kind.id}.png`, false) })
}
