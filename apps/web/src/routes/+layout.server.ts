import { api } from '$lib/server/api'
import type { LayoutServerLoad } from './$types'

export const load: LayoutServerLoad = async ({ fetch }) => {
  // Never fail here: an error in the root layout would bypass the site's own error page.
  const dataset = await api(fetch)
    .dataset()
    .catch(() => undefined)
  return { dataset: dataset && { version: dataset.version, released: dataset.released } }
}
