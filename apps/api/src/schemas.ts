import {
  ActorSchema,
  BasisSchema,
  BoundSchema,
  ClaimSchema,
  ClaimStatusSchema,
  ContingentSchema,
  CredibilitySchema,
  DerivationSchema,
  EdtfSchema,
  EventSchema,
  LimitSchema,
  PlaceSchema,
  QuantityKindSchema,
  RelationTypeSchema,
  ReliabilityGradeSchema,
  ScopeSchema,
  SourceSchema,
  SpanSchema,
  UnitSchema,
} from '@dprk/data/schema'
import { z } from 'zod'

/** RFC 9457 problem details, as every non-2xx response. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z
      .array(z.object({ parameter: z.string(), detail: z.string() }))
      .optional()
      .meta({ description: 'For a 400: each parameter that was wrong and why' }),
  })
  .meta({ id: 'Problem' })

const MetaSchema = z.object({
  total: z.number().int().meta({ description: 'Records matching the query, across all pages' }),
  limit: z.number().int(),
  nextCursor: z
    .string()
    .nullable()
    .meta({ description: 'Pass as cursor for the next page; null on the last' }),
})

/** `{ data: [...], meta: { total, limit, nextCursor } }` */
export const pageOf = <T extends z.ZodType>(
  item: T,
  id: string,
  extras: { included?: boolean; facets?: boolean; counts?: boolean } = {},
) =>
  z
    .object({
      data: z.array(item),
      meta: MetaSchema.extend({
        ...(extras.facets ? { facets: FacetsSchema.optional() } : {}),
        ...(extras.counts ? { counts: CountsSchema.optional() } : {}),
      }),
      ...(extras.included ? { included: IncludedSchema.optional() } : {}),
    })
    .meta({ id })

/** One record as `/v1/{type}/{id}` sends it, with what `include=` side-loads. */
export const withIncluded = <T extends z.ZodObject>(record: T, id: string) =>
  record.extend({ included: IncludedSchema.optional() }).meta({ id })

export const ActorSummarySchema = z.object({ id: z.string(), name: z.string(), kind: z.string() })
export const SourceSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().optional(),
  url: z.string().optional(),
  published: z.string(),
  grade: ReliabilityGradeSchema,
})
export const ClaimSummarySchema = z.object({
  id: z.string(),
  statement: z.string(),
  claimant: z.string(),
  madeOn: z.string(),
  status: ClaimStatusSchema,
})

export const Claim = ClaimSchema.meta({ id: 'Claim' })
export const Event = EventSchema.meta({ id: 'Event' })
export const Source = SourceSchema.meta({ id: 'Source' })
export const Actor = ActorSchema.meta({ id: 'Actor' })
export const Place = PlaceSchema.meta({ id: 'Place' })
export const Contingent = ContingentSchema.meta({ id: 'Contingent' })

/** Records a page refers to, side-loaded with `include=`. */
export const IncludedSchema = z
  .object({
    actors: z.array(Actor).optional(),
    places: z.array(Place).optional(),
    sources: z.array(Source).optional(),
    claims: z.array(Claim).optional(),
    contingents: z.array(Contingent).optional(),
    events: z.array(Event).optional(),
  })
  .meta({
    id: 'Included',
    description: 'Only the records the page refers to, in id order, of the types asked',
  })

const FacetValueSchema = z.object({
  value: z.string(),
  count: z.number().int(),
  label: z
    .string()
    .optional()
    .meta({ description: 'The name, for a claimant or a place; the title, for a source' }),
})
/** `facets=`: counts of each value over every match. */
export const FacetsSchema = z.record(z.string(), z.array(FacetValueSchema)).meta({
  id: 'Facets',
  description: 'For each asked field, its values over every match, most frequent first',
})

/** `counts=`: for each asked claims filter, the claims it finds with each record's id. */
export const CountsSchema = z.record(z.string(), z.record(z.string(), z.number().int())).meta({
  id: 'Counts',
  description:
    'For each asked name, the number of claims /v1/claims?{name}={id} finds, by the id of every record of the page',
})

/** A claim with what it refers to resolved to short summaries. */
export const ClaimDetailSchema = ClaimSchema.extend({
  resolved: z.object({
    claimant: ActorSummarySchema,
    speaker: ActorSummarySchema.optional(),
    via: z.array(ActorSummarySchema),
    sources: z.array(SourceSummarySchema),
    related: z.array(
      z.object({ type: RelationTypeSchema, direction: z.enum(['to', 'from']), claim: ClaimSummarySchema }),
    ),
  }),
  included: IncludedSchema.optional(),
}).meta({ id: 'ClaimDetail' })

/** One row of the competing-estimates series. */
export const EstimateSchema = z
  .object({
    claim: z.string(),
    claimant: ActorSummarySchema,
    speaker: ActorSummarySchema.optional().meta({ description: 'The person who spoke for the claimant' }),
    via: z.array(ActorSummarySchema),
    asOf: EdtfSchema.meta({ description: 'The time the figure holds for (about, else made on)' }),
    asOfSpan: SpanSchema,
    madeOn: z.string(),
    quantity: QuantityKindSchema,
    unit: UnitSchema,
    bound: BoundSchema,
    value: z.number().optional(),
    low: z.number().optional(),
    high: z.number().optional(),
    lower: LimitSchema.nullable(),
    upper: LimitSchema.nullable(),
    wording: z.string(),
    includes: z.union([z.array(z.string()), z.literal('unspecified')]).optional(),
    scope: ScopeSchema,
    derivation: DerivationSchema,
    basis: BasisSchema.optional(),
    comparable: z
      .boolean()
      .meta({ description: 'True when it compares like with like (the default series)' }),
    status: ClaimStatusSchema,
    credibility: CredibilitySchema,
    sources: z.array(z.string()),
    sourceSummaries: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          publisher: z.string().optional(),
          grade: ReliabilityGradeSchema,
        }),
      )
      .meta({ description: 'The sources with their title, publisher and grade, in the order of `sources`' }),
  })
  .meta({ id: 'Estimate' })

export const QuantityKindInfoSchema = z
  .object({
    id: QuantityKindSchema,
    unit: UnitSchema,
    label: z.string(),
    description: z.string(),
    estimates: z.number().int(),
  })
  .meta({ id: 'QuantityKind' })

export const SearchHitSchema = z
  .object({
    type: z.enum(['claim', 'event', 'source', 'actor', 'place', 'contingent']),
    id: z.string(),
    title: z.string(),
    score: z.number(),
    terms: z
      .array(z.string())
      .meta({ description: 'The words of the record that matched, for highlighting' }),
    url: z.string(),
  })
  .meta({ id: 'SearchHit' })

export const DatasetInfoSchema = z
  .object({
    version: z.string(),
    released: z.string(),
    license: z.string(),
    licenseUrl: z.string(),
    counts: z.record(z.string(), z.number().int()),
    citation: z.string(),
    changes: z.string(),
  })
  .meta({ id: 'DatasetInfo' })

export const HealthSchema = z.object({ status: z.literal('ok'), dataset: z.string() }).meta({ id: 'Health' })

// An array, not a tuple: RFC 7946 allows a third element (altitude), and OpenAPI tools expect `items`.
const PositionSchema = z
  .array(z.number())
  .min(2)
  .max(3)
  .meta({ description: '[longitude, latitude], WGS 84' })

/** RFC 7946 FeatureCollection of Points and MultiPoints, as the GeoJSON exports send. */
export const FeatureCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        geometry: z.union([
          z.object({ type: z.literal('Point'), coordinates: PositionSchema }),
          z.object({ type: z.literal('MultiPoint'), coordinates: z.array(PositionSchema) }),
        ]),
        properties: z.looseObject({}),
      }),
    ),
  })
  .meta({ id: 'FeatureCollection' })

/** `/v1/overview`: the front page of the dataset in one answer. */
export const OverviewSchema = z
  .object({
    series: z
      .array(
        z.object({
          quantity: QuantityKindSchema,
          label: z.string(),
          unit: UnitSchema,
          data: z.array(EstimateSchema),
        }),
      )
      .meta({
        description:
          'For each asked quantity kind, in the order asked, its comparable series as /v1/estimates/{quantityKind} gives it',
      }),
    confirmations: z.array(Claim).meta({
      description:
        'Official confirmations of the deployment: claims on the topic confirmation whose status is officially-confirmed, earliest made first',
    }),
    events: z.array(Event).meta({ description: 'Every event, in date order' }),
    included: IncludedSchema.meta({ description: 'The actors the confirmations name' }),
  })
  .meta({ id: 'Overview' })
