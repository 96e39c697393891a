import { z } from 'zod'
import { type Endpoint, endpoint } from '../endpoint.ts'
import { changesAtom, changesJsonFeed } from '../formats/feeds.ts'
import { ChangesQuery, NoQuery } from '../params.ts'
import { DatasetInfoSchema, HealthSchema } from '../schemas.ts'
import type { Store } from '../store.ts'

export function aboutRoutes(store: Store): Endpoint[] {
  const { dataset } = store.current
  const info = {
    version: dataset.version,
    released: dataset.released,
    license: 'CC-BY-4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
    counts: {
      claims: dataset.claims.length,
      events: dataset.events.length,
      sources: dataset.sources.length,
      actors: dataset.actors.length,
      places: dataset.places.length,
    },
    citation: `dprk-tracker contributors (${dataset.released.slice(0, 4)}). North Korea's military deployment to Russia: attributed claims, version ${dataset.version} [Data set]. CC BY 4.0.`,
    changes: '/v1/changes',
  }
  const health = endpoint({
    path: '/health',
    operationId: 'health',
    tag: 'Meta',
    summary: 'Liveness',
    description: 'Answers while the server runs, with the version of the dataset it serves.',
    query: NoQuery,
    formats: ['json'],
    response: {
      schema: HealthSchema,
      description: 'The service is up',
      example: { status: 'ok', dataset: dataset.version },
    },
    build: () => ({ text: JSON.stringify({ status: 'ok', dataset: dataset.version }) }),
  })
  const about = endpoint({
    path: '/v1/dataset',
    operationId: 'getDataset',
    tag: 'Meta',
    summary: 'About the dataset',
    description: 'Version, release date, record counts, licence and how to cite it.',
    query: NoQuery,
    formats: ['json'],
    response: { schema: DatasetInfoSchema, description: 'The dataset', example: info },
    build: () => ({ text: JSON.stringify(info) }),
  })
  const changes = endpoint({
    path: '/v1/changes',
    operationId: 'listChanges',
    tag: 'Meta',
    summary: 'Dataset changelog',
    description: 'As JSON Feed 1.1 (default) or Atom 1.0 (`Accept: application/atom+xml` or `format=atom`).',
    query: ChangesQuery,
    formats: ['feed', 'atom'],
    response: { schema: z.looseObject({}), description: 'The changelog feed' },
    build(ctx) {
      if (ctx.format === 'atom') return { text: changesAtom(dataset, ctx.base) }
      return { text: JSON.stringify(changesJsonFeed(dataset, ctx.base)) }
    },
  })
  return [health, about, changes]
}
