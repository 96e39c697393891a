import { error } from '@sveltejs/kit'
import { siteCardSvg, toPng } from '$lib/server/chart-image'
import { datasetSummary } from '$lib/server/dataset'
import type { RequestHandler } from './$types'

/** The preview card of pages without a chart: what the tracker is, with the dataset's size and version. */
export const GET: RequestHandler = async ({ fetch }) => {
  const dataset = await datasetSummary(fetch)
  const size = dataset
    ? `${dataset.counts.claims} claims from ${dataset.counts.sources} sources · dataset ${dataset.version}`
    : 'dprk-tracker'
  const svg = siteCardSvg("North Korea's troops in Russia:", [
    'Every number is a claim: who says it, when,',
    'how sure, and the sentence it rests on.',
    size,
  ])
  const png = await toPng(svg, 1200)
  if (!png) error(501, 'Preview images are made on the Node server only.')
  return new Response(png, {
    headers: {
      'Content-Type': 'image/png',
      'Cache-Control': 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
    },
  })
}
