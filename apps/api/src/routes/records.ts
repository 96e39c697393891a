import type { Language } from '@dprk/data'
import { actorColumns, type CsvColumn, contingentColumns, placeColumns, sourceColumns } from '@dprk/data/csv'
import type { z } from 'zod'
import { type Endpoint, endpoint, type QuerySchema } from '../endpoint.ts'
import { placesGeoJson } from '../formats/geojson.ts'
import { problem } from '../http/problem.ts'
import { type Countable, countsOf, type Includable, included, type Root, relatedOf } from '../include.ts'
import { csvExport, jsonPage } from '../list.ts'
import {
  ActorsQuery,
  ContingentsQuery,
  IdParam,
  OneActorQuery,
  OneContingentQuery,
  OnePlaceQuery,
  OneSourceQuery,
  PlacesQuery,
  SourcesQuery,
} from '../params.ts'
import { Actor, Contingent, Place, pageOf, Source, withIncluded } from '../schemas.ts'
import type { Store, View } from '../store.ts'

/** What every record list's query carries beside its own filters. */
interface ListQuery {
  lang?: Language
  limit: number
  cursor?: string
  include?: Includable[]
  counts?: Countable[]
}

interface RecordType<
  T,
  Q extends QuerySchema & z.ZodType<ListQuery>,
  O extends QuerySchema & z.ZodType<{ include?: Includable[] }>,
> {
  plural: 'actors' | 'places' | 'sources' | 'contingents'
  /** The record as `include=` walks from it. */
  root: (record: T) => Root
  singular: string
  schema: z.ZodObject
  query: Q
  /** The records of one view (one language) the list's filters keep. */
  records: (view: View, query: z.output<Q>) => readonly T[]
  /** One record by id in one view. */
  get: (view: View, id: string) => T | undefined
  /** The query of one record: what `include=` may side-load beside it. */
  one: O
  columns: CsvColumn<T>[]
  description: string
  /** A GeoJSON export, for the record types that have coordinates. */
  geojson?: (records: readonly T[]) => object
}

function recordRoutes<
  T extends { id: string },
  Q extends QuerySchema & z.ZodType<ListQuery>,
  O extends QuerySchema & z.ZodType<{ include?: Includable[] }>,
>(store: Store, type: RecordType<T, Q, O>): Endpoint[] {
  const example = type.records(store.current, type.query.parse({}) as z.output<Q>)[0]
  const title = type.plural[0]?.toUpperCase() + type.plural.slice(1)
  const geojson = type.geojson
  const { root } = type
  const list = endpoint({
    path: `/v1/${type.plural}`,
    operationId: `list${title}`,
    tag: title,
    summary: `List ${type.plural}`,
    description: type.description,
    query: type.query,
    formats: geojson ? ['json', 'csv', 'geojson'] : ['json', 'csv'],
    response: {
      schema: pageOf(type.schema, `${title.slice(0, -1)}Page`, { included: true, counts: true }),
      description: `A page of ${type.plural}`,
      example: example && { data: [example], meta: { total: 1, limit: 50, nextCursor: null } },
    },
    build(ctx) {
      const view = store.at(undefined, ctx.lang)
      const records = type.records(view, ctx.query)
      if (ctx.format === 'csv') return csvExport(type.plural, type.columns, records)
      if (ctx.format === 'geojson' && geojson) return { text: JSON.stringify(geojson(records)) }
      const { include, counts } = ctx.query
      return jsonPage(ctx, records, {
        included: include && ((data) => included(include, relatedOf(data.map(root), view), view)),
        counts: counts && ((data) => countsOf(counts, data, view)),
      })
    },
  })
  const one = endpoint({
    path: `/v1/${type.plural}/{id}`,
    operationId: `get${title.slice(0, -1)}`,
    tag: title,
    summary: `Get one ${type.singular}`,
    description: `The ${type.singular} with this id, as in the list, with what \`include=\` side-loads; a 404 problem if there is none.`,
    query: type.one,
    params: IdParam,
    formats: ['json'],
    notFound: true,
    response: {
      schema: withIncluded(type.schema, `${title.slice(0, -1)}WithIncluded`),
      description: `The ${type.singular}`,
      example,
    },
    build(ctx) {
      const id = ctx.params.id
      const view = store.at(undefined, ctx.lang)
      const record = type.get(view, id)
      if (!record) return problem(ctx.c, 404, `There is no ${type.singular} with id "${id}".`)
      const { include } = ctx.query
      if (!include) return { text: JSON.stringify(record) }
      return {
        text: JSON.stringify({
          ...record,
          included: included(include, relatedOf([root(record)], view), view),
        }),
      }
    },
  })
  return [list, one]
}

export function actorPlaceSourceRoutes(store: Store): Endpoint[] {
  return [
    ...recordRoutes(store, {
      plural: 'actors',
      root: (record) => ({ type: 'actors', record }),
      query: ActorsQuery,
      records: (view, q) => view.query.actors({ affiliation: q.affiliation }),
      get: (view, id) => view.actor(id),
      one: OneActorQuery,
      singular: 'actor',
      schema: Actor,
      columns: actorColumns,
      description:
        'States, agencies, people, armed forces, units, media and groups of unnamed officials, in id order.',
    }),
    ...recordRoutes(store, {
      plural: 'places',
      root: (record) => ({ type: 'places', record }),
      query: PlacesQuery,
      records: (view) => view.dataset.places,
      get: (view, id) => view.place(id),
      one: OnePlaceQuery,
      singular: 'place',
      schema: Place,
      columns: placeColumns,
      geojson: placesGeoJson,
      description:
        'Named places, with WGS 84 coordinates where a source gives them. As GeoJSON: located places only.',
    }),
    ...recordRoutes(store, {
      plural: 'sources',
      root: (record) => ({ type: 'sources', record }),
      query: SourcesQuery,
      records: (view) => view.dataset.sources,
      get: (view, id) => view.source(id),
      one: OneSourceQuery,
      singular: 'source',
      schema: Source,
      columns: sourceColumns,
      description:
        'The documents claims rest on, each with a NATO/Admiralty reliability grade and its reason.',
    }),
    ...recordRoutes(store, {
      plural: 'contingents',
      root: (record) => ({ type: 'contingents', record }),
      query: ContingentsQuery,
      records: (view) => view.dataset.contingents,
      get: (view, id) => view.contingent(id),
      one: OneContingentQuery,
      singular: 'contingent',
      schema: Contingent,
      columns: contingentColumns,
      description:
        'The waves and groups of the deployment that sources count apart (the first deployment, the reinforcements, the engineers, the builders), in arrival order, each with the claims whose figures count it.',
    }),
  ]
}
