import type { ClaimStatus, EventKind, Topic } from '@dprk/data'
import { ClaimStatusSchema, EventKindSchema, IdSchema, TopicSchema } from '@dprk/data/schema'
import { namedClaim, namesOf } from '$lib/claims'
import { api, fromApi } from '$lib/server/api'
import { byId, everyPage } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

const pick = <T extends string>(value: string | null, options: readonly T[]): T | undefined =>
  value && (options as readonly string[]).includes(value) ? (value as T) : undefined
const isDay = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined)
const id = (value: string | null) => (value && IdSchema.safeParse(value).success ? value : undefined)

export const load: PageServerLoad = async ({ fetch, url }) => {
  const client = api(fetch)
  const filters = {
    kind: pick<EventKind>(url.searchParams.get('kind'), EventKindSchema.options),
    topic: pick<Topic>(url.searchParams.get('topic'), TopicSchema.options),
    status: pick<ClaimStatus>(url.searchParams.get('status'), ClaimStatusSchema.options),
    actor: id(url.searchParams.get('actor')),
    place: id(url.searchParams.get('place')),
    as_of: isDay(url.searchParams.get('as_of')),
  }
  // The events with their attesting claims and every name they show, as known on as_of: one call.
  const { data: events, included } = await fromApi(
    everyPage((paging) =>
      client.events.list({
        kind: filters.kind,
        topic: filters.topic,
        actor: filters.actor,
        place: filters.place,
        as_of: filters.as_of,
        include: ['actors', 'places', 'claims'],
        ...paging,
      }),
    ),
  )
  const actorName = namesOf(included.actors)
  const placeName = namesOf(included.places)
  const claimById = new Map((included.claims ?? []).map((c) => [c.id, namedClaim(c, actorName)]))
  const shown = events
    .map((event) => ({
      ...event,
      attesting: event.claims.flatMap((id) => {
        const claim = claimById.get(id)
        return claim ? [claim] : []
      }),
      placeNames: event.places.map((id) => ({ id, name: placeName(id) })),
      actorNames: event.actors.map((id) => ({ id, name: actorName(id) })),
    }))
    .filter((event) => !filters.status || event.attesting.some((c) => c.status === filters.status))

  // The options are the actors and places of these events; a chosen one stays, named by its id if none matched.
  const options = (records: { id: string; name: string }[] | undefined, key: 'actors' | 'places') => {
    const used = new Set(events.flatMap((e) => e[key]))
    const chosen = filters[key === 'actors' ? 'actor' : 'place']
    const list = (records ?? []).filter((x) => used.has(x.id)).map((x) => ({ id: x.id, name: x.name }))
    return chosen && !byId(list).has(chosen) ? [...list, { id: chosen, name: chosen }] : list
  }
  return {
    filters,
    events: shown,
    total: events.length,
    options: {
      kinds: EventKindSchema.options,
      topics: TopicSchema.options,
      statuses: ClaimStatusSchema.options,
      actors: options(included.actors, 'actors'),
      places: options(included.places, 'places'),
    },
  }
}
