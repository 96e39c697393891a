import type { RequestEvent } from '@sveltejs/kit'
import { m } from '$lib/paraglide/messages'
import { chartSvg } from '$lib/server/chart-image'
import { datasetSummary } from '$lib/server/dataset'
import { load } from './+page.server'
import { chartModel } from './chart-model'
import { filterQuery } from './filters'

/** The series as the page shows it (same load, same filters) and its chart as a standalone SVG. */
export async function sharedChart(event: RequestEvent<{ kind: string }>) {
  // The page's own load, so a file always shows what the page with these filters shows.
  const data = (await load(event as Parameters<typeof load>[0])) as Parameters<typeof chartModel>[0] & {
    filters: { claimant?: string; asOf?: string }
  }
  const model = chartModel(data)
  const version = (await datasetSummary(event.fetch))?.version
  const origin = event.locals.publicOrigin
  // model.path is the series' URL in the file's language (/ko/estimates/killed for a Korean chart).
  const permalink = `${origin}${model.path}${filterQuery(data.filters)}`
  const credit = version
    ? m.est_file_credit({ version, permalink })
    : m.est_file_credit_unversioned({ permalink })
  return { data, model, permalink, svg: chartSvg(model, credit, data.filters.asOf) }
}

/** Headers for a chart file: cached like the pages (the dataset is fixed per deployment), named for saving. */
export const fileHeaders = (type: string, name: string, download: boolean) => ({
  'Content-Type': type,
  'Cache-Control': 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
  ...(download ? { 'Content-Disposition': `attachment; filename="${name}"` } : {}),
})
