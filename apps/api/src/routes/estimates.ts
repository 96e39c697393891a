import { asOfSpan, type Claim, type QuantityKind, quantityKinds } from '@dprk/data'
import type { CsvColumn } from '@dprk/data/csv'
import { QuantityKindSchema } from '@dprk/data/schema'
import { z } from 'zod'
import { type Endpoint, endpoint } from '../endpoint.ts'
import { problem } from '../http/problem.ts'
import { included, referencesOf } from '../include.ts'
import { csvExport, jsonPage } from '../list.ts'
import { EstimatesQuery, NoQuery } from '../params.ts'
import { EstimateSchema, pageOf, QuantityKindInfoSchema } from '../schemas.ts'
import type { Store, View } from '../store.ts'

/** A claim with a figure as one row of a competing-estimates series. */
export function estimateRow(claim: Claim, view: View) {
  const figure = claim.figure as NonNullable<Claim['figure']>
  const sources = [...new Set(claim.evidence.map((e) => e.source))]
  const actor = (id: string) => ({ id, name: view.actorName(id), kind: view.actor(id)?.kind ?? 'unknown' })
  return {
    claim: claim.id,
    claimant: actor(claim.claimant),
    speaker: claim.speaker ? actor(claim.speaker) : undefined,
    via: claim.via.map(actor),
    asOf: claim.about ?? claim.madeOn,
    asOfSpan: asOfSpan(claim),
    madeOn: claim.madeOn,
    quantity: figure.quantity,
    unit: figure.unit,
    bound: figure.bound,
    value: figure.value,
    low: figure.low,
    high: figure.high,
    lower: figure.lower,
    upper: figure.upper,
    wording: figure.wording,
    includes: figure.includes,
    scope: figure.scope,
    derivation: figure.derivation,
    basis: figure.basis,
    comparable: view.query.isComparable(claim),
    status: claim.status,
    credibility: claim.credibility,
    sources,
    // What a page shows beside the ids, so it needs no second call to name them.
    sourceSummaries: sources.map((id) => {
      const source = view.source(id)
      return {
        id,
        title: source?.title ?? id,
        publisher: source?.publisher,
        grade: source?.reliability.grade ?? 'F',
      }
    }),
  }
}
type Row = ReturnType<typeof estimateRow>

const columns: CsvColumn<Row>[] = [
  ['claim', 'string', (r: Row) => r.claim],
  ['claimant', 'string', (r: Row) => r.claimant.id],
  ['claimant_name', 'string', (r: Row) => r.claimant.name],
  ['via', 'string', (r: Row) => r.via.map((a) => a.id).join(';')],
  ['as_of', 'string', (r: Row) => r.asOf],
  ['as_of_earliest', 'date', (r: Row) => r.asOfSpan.earliest],
  ['as_of_latest', 'date', (r: Row) => r.asOfSpan.latest],
  ['made_on', 'string', (r: Row) => r.madeOn],
  ['quantity', 'string', (r: Row) => r.quantity],
  ['unit', 'string', (r: Row) => r.unit],
  ['bound', 'string', (r: Row) => r.bound],
  ['value', 'number', (r: Row) => r.value],
  ['low', 'number', (r: Row) => r.low],
  ['high', 'number', (r: Row) => r.high],
  ['lower', 'number', (r: Row) => r.lower?.value],
  ['lower_inclusive', 'boolean', (r: Row) => r.lower?.inclusive],
  ['upper', 'number', (r: Row) => r.upper?.value],
  ['upper_inclusive', 'boolean', (r: Row) => r.upper?.inclusive],
  ['wording', 'string', (r: Row) => r.wording],
  ['extent', 'string', (r: Row) => r.scope.extent],
  ['period', 'string', (r: Row) => r.scope.period],
  ['area', 'string', (r: Row) => r.scope.area],
  [
    'contingents',
    'string',
    (r: Row) => (Array.isArray(r.scope.contingents) ? r.scope.contingents.join(';') : r.scope.contingents),
  ],
  ['modality', 'string', (r: Row) => r.scope.modality],
  ['derivation', 'string', (r: Row) => r.derivation],
  ['comparable', 'boolean', (r: Row) => r.comparable],
  ['status', 'string', (r: Row) => r.status],
  ['sources', 'string', (r: Row) => r.sources.join(';')],
].map(([name, type, get]) => ({ name, type, get, description: '' }) as CsvColumn<Row>)

export function estimateRoutes(store: Store): Endpoint[] {
  const kinds = endpoint({
    path: '/v1/quantity-kinds',
    operationId: 'listQuantityKinds',
    tag: 'Estimates',
    summary: 'List quantity kinds',
    description:
      'The closed vocabulary of what figures count, each with its unit and how many estimates it has.',
    query: NoQuery,
    formats: ['json'],
    response: {
      schema: z.object({ data: z.array(QuantityKindInfoSchema) }),
      description: 'Every quantity kind',
    },
    build() {
      const data = Object.entries(quantityKinds).map(([id, kind]) => ({
        id,
        ...kind,
        estimates: store.current.query.estimates(id as QuantityKind).length,
      }))
      return { text: JSON.stringify({ data }) }
    },
  })
  const series = endpoint({
    path: '/v1/estimates/{quantityKind}',
    operationId: 'listEstimates',
    tag: 'Estimates',
    summary: 'Competing estimates of one quantity',
    description:
      'Competing estimates of one quantity, ordered by the time each holds for (as-of), then by when it was made. By default only comparable estimates: cumulative totals of every contingent that actually happened, as stated by each claimant, on a claim nobody disputes, denies or retracted, with a source graded A–D. Any of extent, modality, contingent, area or derivation (or comparable=false) returns the other figures instead. CSV exports every row.',
    query: EstimatesQuery,
    params: z.object({
      quantityKind: QuantityKindSchema.meta({ param: { name: 'quantityKind', in: 'path' } }),
    }),
    formats: ['json', 'csv'],
    notFound: true,
    response: {
      schema: pageOf(EstimateSchema, 'EstimatePage', { included: true }),
      description: 'The series',
    },
    build(ctx) {
      const kind = ctx.params.quantityKind
      if (!Object.hasOwn(quantityKinds, kind)) {
        return problem(ctx.c, 404, `There is no quantity kind "${kind}"; see /v1/quantity-kinds.`)
      }
      const view = store.at(ctx.query.as_of, ctx.lang)
      const { claimant, extent, modality, contingent, area, derivation, comparable } = ctx.query
      const claims = view.query
        .estimates(kind as QuantityKind, {
          extent,
          modality,
          contingent,
          area,
          derivation,
          comparable: comparable === undefined ? undefined : comparable === 'true',
        })
        .filter((c) => claimant === undefined || c.claimant === claimant)
      const rows = claims.map((c) => estimateRow(c, view))
      if (ctx.format === 'csv') return csvExport(`estimates-${kind}`, columns, rows)
      const { include } = ctx.query
      // Refers by claim id to the claims of the page, so references come from the claims themselves.
      const claimOf = new Map(rows.map((row, i) => [row, claims[i] as Claim]))
      return jsonPage(ctx, rows, {
        included:
          include &&
          ((data) =>
            included(
              include,
              referencesOf(
                data.map((row) => claimOf.get(row) as Claim),
                view,
              ),
              view,
            )),
      })
    },
  })
  return [kinds, series]
}
