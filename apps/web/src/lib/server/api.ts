import { ApiError, createClient } from '@dprk/api/client'
import { error } from '@sveltejs/kit'
import { env } from '$env/dynamic/private'
import { m } from '$lib/paraglide/messages'
import { getLocale } from '$lib/paraglide/runtime'

/** How long a page waits for the API before it says so, rather than hanging. */
const timeoutMs = 8000

/** The API client for server loads, answering in the page's language; the base URL comes from API_URL at run time. */
export function api(fetch: typeof globalThis.fetch) {
  const timed: typeof globalThis.fetch = (input, init) =>
    fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })
  return createClient(env.API_URL ?? 'http://127.0.0.1:8787', { fetch: timed, lang: getLocale() })
}

/**
 * Awaits API calls and turns failures into pages a visitor can read: an unknown id is a 404 page,
 * an API that is down or failing is a 503 page saying so.
 */
export async function fromApi<T>(work: Promise<T>): Promise<T> {
  try {
    return await work
  } catch (cause) {
    if (cause instanceof ApiError) {
      // The API's problem details are English: other editions say the same in their language.
      const english = getLocale() === 'en'
      if (cause.status === 404) error(404, english ? cause.problem.detail : m.error_no_record())
      if (cause.status === 400) error(400, english ? cause.problem.detail : m.error_bad_request())
      error(502, m.error_service_error({ status: cause.status }))
    }
    error(503, m.error_service_down())
  }
}
