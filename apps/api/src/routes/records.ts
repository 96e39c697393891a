import { actorColumns, type CsvColumn, contingentColumns, placeColumns, sourceColumns } from '@dprk/data/csv'
import type { z } from 'zod'
import type { EndpointSpec } from '../endpoint.ts'
import { placesGeoJson } from '../formats/geojson.ts'
import { problem } from '../http/problem.ts'
import { csvExport, jsonPage } from '../list.ts'
import { IdParam, OneQuery, PlacesQuery, RecordsQuery } from '../params.ts'
import { Actor, Contingent, Place, pageOf, Source } from '../schemas.ts'
import type { Store } from '../store.ts'

interface RecordType<T> {
  plural: 'actors' | 'places' | 'sources' | 'contingents'
  singular: string
  schema: z.ZodType
  columns: CsvColumn<T>[]
  description: string
}

function recordRoutes<T extends { id: string }>(store: Store, type: RecordType<T>): EndpointSpec<never>[] {
  const records = store.current.dataset[type.plural] as unknown as T[]
  const byId = new Map(records.map((r) => [r.id, r]))
  const title = type.plural[0]?.toUpperCase() + type.plural.slice(1)
  const isPlaces = type.plural === 'places'
  const list: EndpointSpec<typeof RecordsQuery> = {
    path: `/v1/${type.plural}`,
    operationId: `list${title}`,
    tag: title,
    summary: `List ${type.plural}`,
    description: type.description,
    query: isPlaces ? (PlacesQuery as unknown as typeof RecordsQuery) : RecordsQuery,
    formats: isPlaces ? ['json', 'csv', 'geojson'] : ['json', 'csv'],
    response: {
      schema: pageOf(type.schema, `${title.slice(0, -1)}Page`),
      description: `A page of ${type.plural}`,
      example: records[0] && { data: [records[0]], meta: { total: 1, limit: 50, nextCursor: null } },
    },
    build(ctx) {
      if (ctx.format === 'csv') return csvExport(type.plural, type.columns, records)
      if (ctx.format === ('geojson' as string)) {
        return { text: JSON.stringify(placesGeoJson(records as never)) }
      }
      return jsonPage(ctx, records)
    },
  }
  const one: EndpointSpec<typeof OneQuery> = {
    path: `/v1/${type.plural}/{id}`,
    operationId: `get${title.slice(0, -1)}`,
    tag: title,
    summary: `Get one ${type.singular}`,
    query: OneQuery,
    params: IdParam,
    formats: ['json'],
    notFound: true,
    response: { schema: type.schema, description: `The ${type.singular}`, example: records[0] },
    build(ctx) {
      const id = ctx.c.req.param('id') as string
      const record = byId.get(id)
      if (!record) return problem(ctx.c, 404, `There is no ${type.singular} with id "${id}".`)
      return { text: JSON.stringify(record) }
    },
  }
  return [list, one] as unknown as EndpointSpec<never>[]
}

export function actorPlaceSourceRoutes(store: Store): EndpointSpec<never>[] {
  return [
    ...recordRoutes(store, {
      plural: 'actors',
      singular: 'actor',
      schema: Actor,
      columns: actorColumns,
      description:
        'States, agencies, people, armed forces, units, media and groups of unnamed officials, in id order.',
    }),
    ...recordRoutes(store, {
      plural: 'places',
      singular: 'place',
      schema: Place,
      columns: placeColumns,
      description:
        'Named places, with WGS 84 coordinates where a source gives them. As GeoJSON: located places only.',
    }),
    ...recordRoutes(store, {
      plural: 'sources',
      singular: 'source',
      schema: Source,
      columns: sourceColumns,
      description:
        'The documents claims rest on, each with a NATO/Admiralty reliability grade and its reason.',
    }),
    ...recordRoutes(store, {
      plural: 'contingents',
      singular: 'contingent',
      schema: Contingent,
      columns: contingentColumns,
      description:
        'The waves and groups of the deployment that sources count apart (the first deployment, the reinforcements, the engineers, the builders), in arrival order, each with the claims whose figures count it.',
    }),
  ]
}
