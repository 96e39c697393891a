import { IdSchema } from '@dprk/data/schema'
import { error } from '@sveltejs/kit'
import { namedClaim, namesOf } from '$lib/claims'
import { paginate } from '$lib/paging'
import { api, fromApi } from '$lib/server/api'
import { everyPage, newestFirst } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  if (!IdSchema.safeParse(params.id).success) error(404, `There is no source with id "${params.id}".`)
  const client = api(fetch)
  // The API cannot filter claims by source: every claim (pages of 100), with the names they show, kept here.
  const [source, claims] = await fromApi(
    Promise.all([
      client.sources.get(params.id),
      everyPage((paging) => client.claims.list({ include: ['actors'], ...paging })),
    ]),
  )
  const nameOf = namesOf(claims.included.actors)
  const resting = claims.data.filter((c) => c.evidence.some((e) => e.source === source.id)).sort(newestFirst)
  return {
    source,
    claims: paginate(
      resting.map((c) => namedClaim(c, nameOf)),
      url,
      { hash: 'claims' },
    ),
  }
}
