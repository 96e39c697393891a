import type { createClient } from '@dprk/api/client'
import { env } from '$env/dynamic/private'
import { api } from './api'

type Dataset = Awaited<ReturnType<ReturnType<typeof createClient>['dataset']>>

/** How long the dataset's summary is reused: it changes only when the API is redeployed with a new release. */
export const datasetTtlMs = 60_000

let memo: { apiUrl: string | undefined; at: number; dataset: Promise<Dataset> } | undefined

/**
 * The API's dataset summary (version, release day, counts) for the footer and the preview cards, asked once a
 * minute rather than on every page, so each view's calls are its own. A failed call is not kept.
 */
export function datasetSummary(
  fetch: typeof globalThis.fetch,
  now = Date.now(),
): Promise<Dataset | undefined> {
  if (!memo || memo.apiUrl !== env.API_URL || now - memo.at >= datasetTtlMs) {
    const dataset = api(fetch).dataset()
    const entry = { apiUrl: env.API_URL, at: now, dataset }
    memo = entry
    dataset.catch(() => {
      if (memo === entry) memo = undefined
    })
  }
  return memo.dataset.catch(() => undefined)
}
