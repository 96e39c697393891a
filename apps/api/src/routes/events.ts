import { eventColumns } from '@dprk/data/csv'
import { type Endpoint, endpoint } from '../endpoint.ts'
import { eventsGeoJson } from '../formats/geojson.ts'
import { problem } from '../http/problem.ts'
import { included, referencesOf } from '../include.ts'
import { csvExport, jsonPage } from '../list.ts'
import { EventsQuery, IdParam, OneEventQuery } from '../params.ts'
import { Event as EventComponent, pageOf } from '../schemas.ts'
import type { Store } from '../store.ts'

export function eventRoutes(store: Store): Endpoint[] {
  const example = store.current.dataset.events[0]
  const list = endpoint({
    path: '/v1/events',
    operationId: 'listEvents',
    tag: 'Events',
    summary: 'List timeline events in date order',
    description:
      'Events carry no numbers: each lists the claims that attest it. GeoJSON has one feature per event with located places; CSV and GeoJSON export every match.',
    query: EventsQuery,
    formats: ['json', 'csv', 'geojson'],
    response: {
      schema: pageOf(EventComponent, 'EventPage', { included: true }),
      description: 'A page of events',
      example: example && { data: [example], meta: { total: 1, limit: 50, nextCursor: null } },
    },
    build(ctx) {
      const q = ctx.query
      const view = store.at(q.as_of, ctx.lang)
      const items = view.query.events({
        kind: q.kind,
        topic: q.topic,
        place: q.place,
        actor: q.actor,
        claim: q.claim,
        date: q.from || q.to ? { from: q.from, to: q.to, within: q.within } : undefined,
      })
      if (ctx.format === 'csv') return csvExport('events', eventColumns, items)
      if (ctx.format === 'geojson') return { text: JSON.stringify(eventsGeoJson(items, view.place)) }
      const { include } = q
      return jsonPage(ctx, items, {
        included: include && ((data) => included(include, referencesOf(data, view), view)),
      })
    },
  })
  const one = endpoint({
    path: '/v1/events/{id}',
    operationId: 'getEvent',
    tag: 'Events',
    summary: 'Get one event',
    description:
      'The event with the ids of the claims that attest it, its places and actors; with as_of, as it was known that day.',
    query: OneEventQuery,
    params: IdParam,
    formats: ['json'],
    notFound: true,
    response: { schema: EventComponent, description: 'The event', example },
    build(ctx) {
      const id = ctx.params.id
      const event = store.at(ctx.query.as_of, ctx.lang).query.event(id)
      if (!event)
        return problem(
          ctx.c,
          404,
          `There is no event with id "${id}"${ctx.query.as_of ? ` known on ${ctx.query.as_of}` : ''}.`,
        )
      return { text: JSON.stringify(event) }
    },
  })
  return [list, one]
}
