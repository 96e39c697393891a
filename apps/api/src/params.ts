import { languages, type QuantityKind, quantityKinds } from '@dprk/data'
import {
  ClaimKindSchema,
  ClaimStatusSchema,
  DerivationSchema,
  EventKindSchema,
  ExtentSchema,
  IdSchema,
  ModalitySchema,
  QuantityKindSchema,
  TopicSchema,
} from '@dprk/data/schema'
import { z } from 'zod'
import { Lru } from './http/lru.ts'
import type { ParameterError } from './http/problem.ts'
import { type Countable, type Facet, facetable, type Includable } from './include.ts'

const quantityKindIds = Object.keys(quantityKinds) as QuantityKind[]

const day = (description: string) =>
  z.iso
    .date({ error: 'must be a day written YYYY-MM-DD' })
    .optional()
    .meta({ description, example: '2025-01-01' })

/** The paging parameters of a list whose pages hold up to `max` records. */
const paging = (max: number) => {
  const error = `must be a whole number from 1 to ${max}`
  return {
    // Decimal digits only: Number() would also take 0x10, 1e2 and +5.
    limit: z
      .string()
      .regex(/^\d{1,3}$/, { error })
      .default('50')
      .transform(Number)
      .pipe(z.number().int().min(1, { error }).max(max, { error }))
      .meta({ description: `Records per page (1–${max})`, example: '50' }),
    cursor: z
      .string()
      .optional()
      .meta({ description: 'Opaque cursor from meta.nextCursor or the Link header of the previous page' }),
  }
}

/** Paging parameters every list route takes: pages of up to 100. */
export const page = paging(100)
/** Actors, places, sources and contingents are small records: a page holds up to 500, so one call reads them all. */
export const recordPage = paging(500)

/** The `lang` parameter every route takes: it wins over Accept-Language. */
export const language = {
  lang: z
    .enum(languages, { error: `must be one of: ${languages.join(', ')}` })
    .optional()
    .meta({
      description:
        "Language of the project's own text, instead of the Accept-Language header: en, ko or uk. Claim statements, event titles and summaries, actor, place and contingent names and contingent summaries are in that language where translated (English where a record has no translation yet; `translations` holds every translation); quotes stay verbatim, source titles as published, and problem details are always in English. The answer's Content-Language names the language chosen.",
      example: 'ko',
    }),
}

export const asOf = {
  as_of: day('The view as known at the end of that day: later claims hidden, statuses as they were then'),
}

const within = z.enum(['certainly', 'possibly']).default('certainly').meta({
  description: 'How a fuzzy date must meet the range: wholly inside (certainly) or overlapping (possibly)',
})

const text = z.string().trim().min(1, { error: 'must not be empty' }).max(200)

/** A comma-separated set of names, e.g. `include=actors,sources`; each name once, in the order given. */
const namesOf = <T extends string>(values: readonly T[], description: string, example: string) =>
  z
    .string()
    .regex(new RegExp(`^(${values.join('|')})(,(${values.join('|')}))*$`), {
      error: `must be a comma-separated list of: ${values.join(', ')}`,
    })
    .transform((text) => [...new Set(text.split(','))] as T[])
    .optional()
    .meta({ description: `${description}: ${values.join(', ')}`, example })

const include = <T extends Includable>(values: readonly T[], example: string) =>
  namesOf(
    values,
    'Side-load the records this page refers to, under `included`, so one call names every id',
    example,
  )

/** `include=` on records (actors, places, sources, contingents, one claim): what refers to them as well. */
const includeRelated = <T extends Includable>(values: readonly T[], example: string) =>
  namesOf(
    values,
    'Side-load, under `included`, the records related to this answer: those it names and those that name it (for a place, the claims and events `place={id}` finds; for a source, the claims `source={id}` finds; for an actor, the claims `involving={id}`, the events `actor={id}` and the members `affiliation={id}` find; for a claim, the events `claim={id}` finds), with the actors, places, sources and contingents those records name',
    example,
  )

/** `counts=` on a record list: for each record of the page, the claims a filter of /v1/claims finds with its id. */
const counts = <T extends Countable>(values: readonly T[], example: string) =>
  namesOf(
    values,
    'For each record of the page, how many claims /v1/claims?{name}={id} finds, under `meta.counts.{name}` (zero included)',
    example,
  )

const formats = (values: [string, ...string[]], description: string) =>
  z
    .enum(values)
    .optional()
    .meta({ description: `Response format, instead of the Accept header: ${description}` })

export const ClaimsQuery = z.strictObject({
  quantity: QuantityKindSchema.optional(),
  claimant: IdSchema.optional().meta({ description: 'Actor id of the claimant', example: 'rok-nis' }),
  status: ClaimStatusSchema.optional(),
  kind: ClaimKindSchema.optional(),
  topic: TopicSchema.optional(),
  place: IdSchema.optional().meta({ description: 'Place id', example: 'kursk-oblast' }),
  actor: IdSchema.optional().meta({ description: 'Actor id the claim is about', example: 'north-korea' }),
  via: IdSchema.optional().meta({
    description: 'Actor id of a relay: who passed the claim on',
    example: 'yonhap',
  }),
  involving: IdSchema.optional().meta({
    description: 'Actor id in any role: claimant, speaker, relay or subject',
    example: 'rok-nis',
  }),
  source: IdSchema.optional().meta({
    description: 'Source id the evidence cites',
    example: 'founding-article',
  }),
  q: text
    .optional()
    .meta({ description: 'Text in the statement, figure wording or a quote', example: 'Vladivostok' }),
  made_from: day('Made on or after (see within)'),
  made_to: day('Made on or before (see within)'),
  about_from: day('About a time on or after (see within)'),
  about_to: day('About a time on or before (see within)'),
  within,
  sort: z.enum(['id', 'made_on', '-made_on', 'about', '-about']).default('id').meta({
    description: 'Order: by id, or by date made / date about (earliest first; "-" for latest first)',
  }),
  include: include(['actors', 'places', 'sources', 'contingents'], 'actors,sources'),
  facets: namesOf<Facet>(
    facetable,
    'Count the values of these fields over every match, under `meta.facets`, most frequent first',
    'status,claimant',
  ),
  ...asOf,
  ...page,
  format: formats(['json', 'csv', 'jsonld'], 'json, csv or jsonld'),
  ...language,
})

export const EventsQuery = z.strictObject({
  kind: EventKindSchema.optional(),
  topic: TopicSchema.optional(),
  place: IdSchema.optional().meta({ description: 'Place id', example: 'kursk-oblast' }),
  actor: IdSchema.optional().meta({ description: 'Actor id', example: 'north-korea' }),
  claim: IdSchema.optional().meta({
    description: 'Claim id: the events it attests',
    example: 'nis-special-forces-vladivostok-2024-10',
  }),
  from: day('On or after (see within)'),
  to: day('On or before (see within)'),
  within,
  include: include(['actors', 'places', 'claims', 'sources'], 'claims,sources'),
  ...asOf,
  ...page,
  format: formats(['json', 'csv', 'geojson'], 'json, csv or geojson'),
  ...language,
})

export const EstimatesQuery = z.strictObject({
  claimant: IdSchema.optional().meta({ description: 'Only this claimant', example: 'rok-nis' }),
  extent: ExtentSchema.optional().meta({
    description: 'Only figures of this extent; turns off the comparable default',
  }),
  modality: ModalitySchema.optional().meta({ description: 'actual, planned, expected or projected' }),
  contingent: z
    .union([z.literal('all'), IdSchema])
    .optional()
    .meta({
      description: 'A contingent id, or all for figures of every contingent',
      example: 'engineers-2025',
    }),
  area: z
    .union([z.string().regex(/^[A-Z]{2}$/), IdSchema])
    .optional()
    .meta({
      description: 'Where the figure is counted: a place id or an ISO country code',
      example: 'kursk-oblast',
    }),
  derivation: DerivationSchema.optional().meta({ description: 'stated or computed' }),
  comparable: z.enum(['true', 'false'], { error: 'must be true or false' }).optional().meta({
    description:
      'true (the default without scope filters): only cumulative totals of every contingent, actual, as stated, not disputed, on a source graded A–D; false: every figure of the kind',
  }),
  include: include(['contingents'], 'contingents'),
  ...asOf,
  ...page,
  format: formats(['json', 'csv'], 'json or csv'),
  ...language,
})

const recordFormats = formats(['json', 'csv'], 'json or csv')
export const ActorsQuery = z.strictObject({
  affiliation: IdSchema.optional().meta({
    description: 'Actor id of the body they belong to: its members',
    example: 'rok-mnd',
  }),
  include: includeRelated(['actors', 'claims', 'events', 'places', 'sources'], 'claims,events'),
  counts: counts(['claimant', 'via', 'actor', 'involving'], 'claimant'),
  ...recordPage,
  format: recordFormats,
  ...language,
})
export const PlacesQuery = z.strictObject({
  include: includeRelated(['claims', 'events', 'actors', 'places', 'sources'], 'events'),
  counts: counts(['place'], 'place'),
  ...recordPage,
  format: formats(['json', 'csv', 'geojson'], 'json, csv or geojson'),
  ...language,
})
export const SourcesQuery = z.strictObject({
  include: includeRelated(['claims', 'actors'], 'actors'),
  counts: counts(['source'], 'source'),
  ...recordPage,
  format: recordFormats,
  ...language,
})
export const ContingentsQuery = z.strictObject({
  include: includeRelated(['claims', 'actors', 'places', 'sources', 'contingents'], 'claims,actors'),
  ...recordPage,
  format: recordFormats,
  ...language,
})
export const SearchQuery = z.strictObject({
  q: text.meta({
    description: 'Words to find in any record, in the language of the answer',
    example: 'Kursk',
  }),
  ...page,
  ...language,
})
/** One actor, place, source or contingent, with the side-loads of its type. */
const oneRecordQuery = <T extends Includable>(values: readonly T[], example: string) =>
  z.strictObject({
    include: includeRelated(values, example),
    format: formats(['json'], 'json'),
    ...language,
  })
export const OneActorQuery = oneRecordQuery(
  ['claims', 'events', 'actors', 'places', 'sources'],
  'claims,events',
)
export const OnePlaceQuery = oneRecordQuery(
  ['claims', 'events', 'actors', 'places', 'sources'],
  'claims,events',
)
export const OneSourceQuery = oneRecordQuery(['claims', 'actors'], 'claims,actors')
export const OneContingentQuery = oneRecordQuery(
  ['claims', 'actors', 'places', 'sources', 'contingents'],
  'claims,actors',
)
export const OneEventQuery = z.strictObject({ ...asOf, ...language })
export const OneClaimQuery = z.strictObject({
  include: includeRelated(
    ['events', 'claims', 'actors', 'places', 'sources', 'contingents'],
    'events,actors,sources',
  ),
  ...asOf,
  format: formats(['json', 'jsonld'], 'json or jsonld'),
  ...language,
})
export const ChangesQuery = z.strictObject({
  format: formats(['feed', 'atom'], 'feed (JSON Feed) or atom'),
  ...language,
})
export const OverviewQuery = z.strictObject({
  quantity: namesOf(
    quantityKindIds,
    'The quantity kinds whose series to give (default every one)',
    'troops-sent,killed',
  ),
  ...language,
})
export const NoQuery = z.strictObject({ ...language })
export const IdParam = z.object({
  id: IdSchema.meta({ param: { name: 'id', in: 'path' }, example: 'rok-nis' }),
})

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ParameterError[] }

const memo = new Lru<string, ParseResult<unknown>>(2048)

/**
 * Validates a query string against a strict schema, memoised by its exact text: repeated requests cost a lookup.
 * A parameter given twice is an error, not silently the last value.
 */
export function parseQuery<T extends z.ZodType>(schema: T, search: string): ParseResult<z.output<T>> {
  const key = `${schemaId(schema)}${search}`
  const cached = memo.get(key)
  if (cached) return cached as ParseResult<z.output<T>>
  const params = new URLSearchParams(search)
  // No prototype: a parameter named constructor or __proto__ is a parameter like any other.
  const raw: Record<string, string> = Object.create(null)
  const errors: ParameterError[] = []
  for (const [name, value] of params) {
    if (Object.hasOwn(raw, name)) errors.push({ parameter: name, detail: 'is given more than once' })
    raw[name] = value
  }
  const result = schema.safeParse(raw)
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const k of issue.keys)
          errors.push({ parameter: k, detail: 'is not a parameter of this resource' })
      } else {
        errors.push({ parameter: String(issue.path[0] ?? ''), detail: issue.message })
      }
    }
  }
  const parsed: ParseResult<z.output<T>> =
    errors.length > 0 || !result.success ? { ok: false, errors } : { ok: true, value: result.data }
  memo.set(key, parsed)
  return parsed
}

const ids = new WeakMap<object, string>()
let nextId = 0
function schemaId(schema: object): string {
  let id = ids.get(schema)
  if (!id) {
    id = `${nextId++}|`
    ids.set(schema, id)
  }
  return id
}
