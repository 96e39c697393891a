import { env } from '$env/dynamic/public'
import { api, fromApi } from '$lib/server/api'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch }) => {
  const dataset = await fromApi(api(fetch).dataset())
  // Where visitors can reach the API; unset, the page shows the local default.
  return { dataset, apiUrl: env.PUBLIC_API_URL ?? 'http://127.0.0.1:8787' }
}
