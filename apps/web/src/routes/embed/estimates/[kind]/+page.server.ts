import { load as seriesLoad } from '../../../estimates/[kind]/+page.server'
import type { PageServerLoad } from './$types'

// The embed shows what the series page shows, with the same filters: the same load, not a second one. The two
// routes have the same parameters; only their generated event types differ.
export const load = ((event) =>
  seriesLoad(event as unknown as Parameters<typeof seriesLoad>[0])) satisfies PageServerLoad
