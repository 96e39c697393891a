import { error } from '@sveltejs/kit'
import { api, fromApi } from '$lib/server/api'
import { lookups, namedClaim } from '$lib/server/lookups'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, params }) => {
  const names = await fromApi(lookups(api(fetch)))
  const source = names.source(params.id)
  if (!source) error(404, `There is no source with id "${params.id}".`)
  const claims = names.claims
    .filter((c) => c.evidence.some((e) => e.source === source.id))
    .map((c) => namedClaim(c, names))
  return { source, claims }
}
