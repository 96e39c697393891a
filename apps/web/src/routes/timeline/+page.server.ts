import type { ClaimStatus, EventKind, Topic } from '@dprk/data'
import { ClaimStatusSchema, EventKindSchema, TopicSchema } from '@dprk/data/schema'
import { api, fromApi } from '$lib/server/api'
import { lookups, namedClaim } from '$lib/server/lookups'
import type { PageServerLoad } from './$types'

const pick = <T extends string>(value: string | null, options: readonly T[]): T | undefined =>
  value && (options as readonly string[]).includes(value) ? (value as T) : undefined
const isDay = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined)

export const load: PageServerLoad = async ({ fetch, url }) => {
  const client = api(fetch)
  const names = await fromApi(lookups(client))
  const filters = {
    kind: pick<EventKind>(url.searchParams.get('kind'), EventKindSchema.options),
    topic: pick<Topic>(url.searchParams.get('topic'), TopicSchema.options),
    status: pick<ClaimStatus>(url.searchParams.get('status'), ClaimStatusSchema.options),
    actor: pick(
      url.searchParams.get('actor'),
      names.actors.map((a) => a.id),
    ),
    place: pick(
      url.searchParams.get('place'),
      names.places.map((p) => p.id),
    ),
    as_of: isDay(url.searchParams.get('as_of')),
  }
  const [events, claims] = await fromApi(
    Promise.all([
      client.events.all({
        kind: filters.kind,
        topic: filters.topic,
        actor: filters.actor,
        place: filters.place,
        as_of: filters.as_of,
      }),
      client.claims.all({ as_of: filters.as_of }),
    ]),
  )
  const claimById = new Map(claims.map((c) => [c.id, namedClaim(c, names)]))
  const shown = events
    .map((event) => ({
      ...event,
      attesting: event.claims.flatMap((id) => {
        const claim = claimById.get(id)
        return claim ? [claim] : []
      }),
      placeNames: event.places.map((id) => ({ id, name: names.place(id)?.name ?? id })),
      actorNames: event.actors.map((id) => ({ id, name: names.actorName(id) })),
    }))
    .filter((event) => !filters.status || event.attesting.some((c) => c.status === filters.status))

  const inEvents = <T extends { id: string }>(all: T[], key: 'actors' | 'places') => {
    const used = new Set(events.flatMap((e) => e[key]))
    return all.filter((x) => used.has(x.id) || x.id === filters[key === 'actors' ? 'actor' : 'place'])
  }
  return {
    filters,
    events: shown,
    total: events.length,
    options: {
      kinds: EventKindSchema.options,
      topics: TopicSchema.options,
      statuses: ClaimStatusSchema.options,
      actors: inEvents(names.actors, 'actors').map((a) => ({ id: a.id, name: a.name })),
      places: inEvents(names.places, 'places').map((p) => ({ id: p.id, name: p.name })),
    },
  }
}
