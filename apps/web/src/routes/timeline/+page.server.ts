import type { ClaimStatus, EventKind, Topic } from '@dprk/data'
import { ClaimStatusSchema, EventKindSchema, IdSchema, TopicSchema } from '@dprk/data/schema'
import { namesOf } from '$lib/claims'
import { paginate } from '$lib/paging'
import { api, fromApi } from '$lib/server/api'
import { byId, everyPage } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

// A page holds a period of about two dozen events.
const pageSize = 24

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
  // Only what an attesting line shows: the full claims stay behind their links.
  const claimById = new Map(
    (included.claims ?? []).map((c) => [
      c.id,
      {
        id: c.id,
        statement: c.statement,
        claimantName: actorName(c.claimant),
        madeOn: c.madeOn,
        status: c.status,
      },
    ]),
  )
  const matching = events
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
  const monthOf = (event: (typeof matching)[number]) => event.dateSpan.earliest?.slice(0, 7) ?? null
  const paged = paginate(matching, url, { size: pageSize, groupOf: monthOf })
  // Each page is named by the months it spans, so the pager reads as periods.
  const periods = paged.links.map((link) => ({
    from: monthOf(matching[link.first] as (typeof matching)[number]),
    to: monthOf(matching[link.last] as (typeof matching)[number]),
  }))
  const { items, ...pager } = paged
  // One axis for every page, from the first matching event to the last, so spans compare across pages.
  const days = matching.flatMap((e) => [e.dateSpan.earliest, e.dateSpan.latest ?? e.dateSpan.earliest])
  const known = days.filter((d): d is string => d !== null).sort()
  const axis = { from: known[0] ?? '2024-06-01', to: known.at(-1) ?? '2026-06-30' }
  return {
    filters,
    events: items,
    matching: matching.length,
    pager,
    periods,
    axis,
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
