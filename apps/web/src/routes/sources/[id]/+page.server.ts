import { IdSchema } from '@dprk/data/schema'
import { error } from '@sveltejs/kit'
import { namedClaim, namesOf } from '$lib/claims'
import { paginate } from '$lib/paging'
import { m } from '$lib/paraglide/messages'
import { api, fromApi } from '$lib/server/api'
import { newestFirst } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  if (!IdSchema.safeParse(params.id).success) error(404, m.rec_error_no_source({ id: params.id }))
  // One call: the source with the claims resting on it and who makes and relays them.
  const { included = {}, ...source } = await fromApi(
    api(fetch).sources.get(params.id, { include: ['claims', 'actors'] }),
  )
  const nameOf = namesOf(included.actors)
  return {
    source,
    claims: paginate(
      [...(included.claims ?? [])].sort(newestFirst).map((c) => namedClaim(c, nameOf)),
      url,
      { hash: 'claims' },
    ),
  }
}
