import { api, fromApi } from '$lib/server/api'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, locals }) => {
  const dataset = await fromApi(api(fetch).dataset())
  // Where visitors can reach the API; undefined when only a loopback address is known in a deployment.
  return { dataset, apiUrl: locals.publicApiUrl }
}
