import { datasetSummary } from '$lib/server/dataset'
import type { LayoutServerLoad } from './$types'

// Every view is links, GET forms, <details> and CSS, so none ships JavaScript or a hydration copy of its data:
// a phone on a slow network gets HTML and one stylesheet.
export const csr = false

export const load: LayoutServerLoad = async ({ fetch, locals }) => {
  // Never fail here: an error in the root layout would bypass the site's own error page.
  const dataset = await datasetSummary(fetch)
  return {
    dataset: dataset && { version: dataset.version, released: dataset.released, counts: dataset.counts },
    // For every absolute link a visitor copies (citations, embeds, the API): never a loopback address in a deployment.
    publicOrigin: locals.publicOrigin,
    publicApiUrl: locals.publicApiUrl,
  }
}
