import { error } from '@sveltejs/kit'
import { formatNumber } from '$lib/format'
import { m } from '$lib/paraglide/messages'
import { siteCardSvg, toPng } from '$lib/server/chart-image'
import { datasetSummary } from '$lib/server/dataset'
import type { RequestHandler } from './$types'

/** The preview card of pages without a chart: what the tracker is, with the dataset's size and version. */
const count = (n: number | undefined) => (n === undefined ? String(n) : formatNumber(n))

export const GET: RequestHandler = async ({ fetch }) => {
  const dataset = await datasetSummary(fetch)
  const size = dataset
    ? m.est_site_card_size({
        claims: count(dataset.counts.claims),
        sources: count(dataset.counts.sources),
        version: dataset.version,
      })
    : 'dprk-tracker'
  const svg = siteCardSvg(m.est_site_card_title(), m.est_site_card_subtitle(), [
    m.est_site_card_line1(),
    m.est_site_card_line2(),
    size,
  ])
  const png = await toPng(svg, 1200)
  if (!png) error(501, m.est_error_preview())
  return new Response(png, {
    headers: {
      'Content-Type': 'image/png',
      'Cache-Control': 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
    },
  })
}
