import { type QuantityKind, quantityKinds } from '@dprk/data'
import { type Endpoint, endpoint } from '../endpoint.ts'
import { included, referencesOf } from '../include.ts'
import { OverviewQuery } from '../params.ts'
import { OverviewSchema } from '../schemas.ts'
import type { Store } from '../store.ts'
import { sorters } from './claims.ts'
import { estimateRow } from './estimates.ts'

const everyKind = Object.keys(quantityKinds) as QuantityKind[]

export function overviewRoutes(store: Store): Endpoint[] {
  const overview = endpoint({
    path: '/v1/overview',
    operationId: 'getOverview',
    tag: 'Overview',
    summary: 'The dataset at a glance',
    description:
      'What a front page shows, in one answer: the comparable series of each asked quantity kind (as /v1/estimates/{quantityKind} gives them), the official confirmations of the deployment with the actors they name, and every event.',
    query: OverviewQuery,
    formats: ['json'],
    response: { schema: OverviewSchema, description: 'The overview' },
    build(ctx) {
      const view = store.at(undefined, ctx.lang)
      const series = (ctx.query.quantity ?? everyKind).map((kind) => ({
        quantity: kind,
        label: quantityKinds[kind].label,
        unit: quantityKinds[kind].unit,
        data: view.query.estimates(kind).map((claim) => estimateRow(claim, view)),
      }))
      const confirmations = view.query
        .claims({ topic: 'confirmation', status: 'officially-confirmed' })
        .sort(sorters.made_on)
      return {
        text: JSON.stringify({
          series,
          confirmations,
          events: view.dataset.events,
          included: included(['actors'], referencesOf(confirmations, view), view),
        }),
      }
    },
  })
  return [overview]
}
