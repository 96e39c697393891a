import { IdSchema } from '@dprk/data/schema'
import { error } from '@sveltejs/kit'
import { namedClaim, namesOf } from '$lib/claims'
import { paginate } from '$lib/paging'
import { m } from '$lib/paraglide/messages'
import { api, fromApi } from '$lib/server/api'
import { inDateOrder, newestFirst } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  if (!IdSchema.safeParse(params.id).success) error(404, m.rec_error_no_place({ id: params.id }))
  // One call: the place with the claims that name it, the events there and the actors those claims name.
  const place = await fromApi(api(fetch).places.get(params.id, { include: ['claims', 'events', 'actors'] }))
  const { included, ...record } = place
  const nameOf = namesOf(included?.actors)
  return {
    place: record,
    events: [...(included?.events ?? [])]
      .sort(inDateOrder)
      .map((e) => ({ id: e.id, title: e.title, date: e.date })),
    claims: paginate(
      [...(included?.claims ?? [])].sort(newestFirst).map((c) => namedClaim(c, nameOf)),
      url,
      { hash: 'claims' },
    ),
  }
}
