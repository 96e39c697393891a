import { languages } from '@dprk/data'
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
import { type Facet, facetable, type Includable } from './include.ts'

const day = (description: string) =>
  z.iso
    .date({ error: 'must be a day written YYYY-MM-DD' })
    .optional()
    .meta({ description, example: '2025-01-01' })

/** Paging and format parameters every list route takes. */
export const page = {
  // Decimal digits only: Number() would also take 0x10, 1e2 and +5.
  limit: z
    .string()
    .regex(/^\d{1,3}$/, { error: 'must be a whole number from 1 to 100' })
    .default('50')
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, { error: 'must be a whole number from 1 to 100' })
        .max(100, { error: 'must be a whole number from 1 to 100' }),
    )
    .meta({ description: 'Records per page (1–100)', example: '50' }),
  cursor: z
    .string()
    .optional()
    .meta({ description: 'Opaque cursor from meta.nextCursor or the Link header of the previous page' }),
}

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

export const RecordsQuery = z.strictObject({
  ...page,
  format: formats(['json', 'csv'], 'json or csv'),
  ...language,
})
export const PlacesQuery = z.strictObject({
  ...page,
  format: formats(['json', 'csv', 'geojson'], 'json, csv or geojson'),
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
export const OneQuery = z.strictObject({ format: formats(['json'], 'json'), ...language })
export const OneEventQuery = z.strictObject({ ...asOf, ...language })
export const OneClaimQuery = z.strictObject({
  ...asOf,
  format: formats(['json', 'jsonld'], 'json or jsonld'),
  ...language,
})
export const ChangesQuery = z.strictObject({
  format: formats(['feed', 'atom'], 'feed (JSON Feed) or atom'),
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
