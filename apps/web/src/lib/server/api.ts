import { createClient } from '@dprk/api/client'
import { env } from '$env/dynamic/private'

/** The API client for server loads; the base URL comes from API_URL at run time. */
export function api(fetch: typeof globalThis.fetch) {
  return createClient(env.API_URL ?? 'http://127.0.0.1:8787', { fetch })
}
