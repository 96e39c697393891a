import { actorColumns, type CsvColumn, contingentColumns, placeColumns, sourceColumns } from '@dprk/data/csv'
import type { z } from 'zod'
import { type Endpoint, endpoint } from '../endpoint.ts'
import { placesGeoJson } from '../formats/geojson.ts'
import { problem } from '../http/problem.ts'
import { csvExport, jsonPage } from '../list.ts'
import { IdParam, OneQuery, PlacesQuery, RecordsQuery } from '../params.ts'
import { Actor, Contingent, Place, pageOf, Source } from '../schemas.ts'
import type { Store, View } from '../store.ts'

interface RecordType<T> {
  plural: 'actors' | 'places' | 'sources' | 'contingents'
  singular: string
  schema: z.ZodType
  /** The records in one view (one language). */
  records: (view: View) => readonly T[]
  /** One record by id in one view. */
  get: (view: View, id: string) => T | undefined
  columns: CsvColumn<T>[]
  description: string
  /** A GeoJSON export, for the record types that have coordinates. */
  geojson?: (records: readonly T[]) => object
}

function recordRoutes<T extends { id: string }>(store: Store, type: RecordType<T>): Endpoint[] {
  const example = type.records(store.current)[0]
  const title = type.plural[0]?.toUpperCase() + type.plural.slice(1)
  const geojson = type.geojson
  const list = endpoint({
    path: `/v1/${type.plural}`,
    operationId: `list${title}`,
    tag: title,
    summary: `List ${type.plural}`,
    description: type.description,
    query: geojson ? PlacesQuery : RecordsQuery,
    formats: geojson ? ['json', 'csv', 'geojson'] : ['json', 'csv'],
    response: {
      schema: pageOf(type.schema, `${title.slice(0, -1)}Page`),
      description: `A page of ${type.plural}`,
      example: example && { data: [example], meta: { total: 1, limit: 50, nextCursor: null } },
    },
    build(ctx) {
      const records = type.records(store.at(undefined, ctx.lang))
      if (ctx.format === 'csv') return csvExport(type.plural, type.columns, records)
      if (ctx.format === 'geojson' && geojson) return { text: JSON.stringify(geojson(records)) }
      return jsonPage(ctx, records)
    },
  })
  const one = endpoint({
    path: `/v1/${type.plural}/{id}`,
    operationId: `get${title.slice(0, -1)}`,
    tag: title,
    summary: `Get one ${type.singular}`,
    description: `The ${type.singular} with this id, as in the list; a 404 problem if there is none.`,
    query: OneQuery,
    params: IdParam,
    formats: ['json'],
    notFound: true,
    response: { schema: type.schema, description: `The ${type.singular}`, example },
    build(ctx) {
      const id = ctx.params.id
      const record = type.get(store.at(undefined, ctx.lang), id)
      if (!record) return problem(ctx.c, 404, `There is no ${type.singular} with id "${id}".`)
      return { text: JSON.stringify(record) }
    },
  })
  return [list, one]
}

export function actorPlaceSourceRoutes(store: Store): Endpoint[] {
  return [
    ...recordRoutes(store, {
      plural: 'actors',
      records: (view) => view.dataset.actors,
      get: (view, id) => view.actor(id),
      singular: 'actor',
      schema: Actor,
      columns: actorColumns,
      description:
        'States, agencies, people, armed forces, units, media and groups of unnamed officials, in id order.',
    }),
    ...recordRoutes(store, {
      plural: 'places',
      records: (view) => view.dataset.places,
      get: (view, id) => view.place(id),
      singular: 'place',
      schema: Place,
      columns: placeColumns,
      geojson: placesGeoJson,
      description:
        'Named places, with WGS 84 coordinates where a source gives them. As GeoJSON: located places only.',
    }),
    ...recordRoutes(store, {
      plural: 'sources',
      records: (view) => view.dataset.sources,
      get: (view, id) => view.source(id),
      singular: 'source',
      schema: Source,
      columns: sourceColumns,
      description:
        'The documents claims rest on, each with a NATO/Admiralty reliability grade and its reason.',
    }),
    ...recordRoutes(store, {
      plural: 'contingents',
      records: (view) => view.dataset.contingents,
      get: (view, id) => view.contingent(id),
      singular: 'contingent',
      schema: Contingent,
      columns: contingentColumns,
      description:
        'The waves and groups of the deployment that sources count apart (the first deployment, the reinforcements, the engineers, the builders), in arrival order, each with the claims whose figures count it.',
    }),
  ]
}
