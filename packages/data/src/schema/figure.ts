import { z } from 'zod'
import { EdtfSchema } from './edtf.ts'
import { IdSchema } from './id.ts'
import { QuantityKindSchema, UnitSchema } from './quantity.ts'

/** How the source words a number: "approximately 1,500" is `about`, "as many as 1,000" is `up-to`. */
export const BoundSchema = z
  .enum(['exact', 'about', 'nearly', 'at-least', 'more-than', 'up-to', 'at-most', 'range', 'vague'])
  .meta({ description: 'The bound as the source words it' })

/** What a casualty figure counts, as the source says. */
export const IncludesSchema = z.enum(['killed', 'wounded', 'missing', 'captured'])

/** How a figure accumulates: a running total, a count within a window, one event, or how many at one moment. */
export const ExtentSchema = z.enum(['cumulative', 'period', 'incident', 'snapshot']).meta({
  description:
    'cumulative: a running total to the as-of date; period: within a counting window; incident: one event; snapshot: how many are there at one moment',
})

/** Whether the figure counts what happened, or what is planned, expected or projected. */
export const ModalitySchema = z.enum(['actual', 'planned', 'expected', 'projected'])

/** What a figure counts: over what time, where, which contingents, and whether it happened. */
export const ScopeSchema = z
  .object({
    extent: ExtentSchema,
    period: EdtfSchema.optional().meta({
      description: 'The counting window (an EDTF interval) of a period, or the date of an incident',
    }),
    area: z
      .union([z.string().regex(/^[A-Z]{2}$/), IdSchema])
      .optional()
      .meta({
        description:
          'Where it is counted: a place id, or an ISO 3166-1 alpha-2 country; not where it was said',
      }),
    contingents: z
      .union([z.literal('all'), z.array(IdSchema).min(1)])
      .meta({ description: '"all", or the ids of the contingents it counts (data/contingents/)' }),
    modality: ModalitySchema,
  })
  .strict()
  .meta({
    description: 'What a figure counts: over what time, where, which contingents, and whether it happened',
  })

/** How a computed figure was reached, and from which claims. */
export const BasisSchema = z
  .object({
    method: z.string().min(1).meta({ description: 'How, in words, e.g. "two-thirds of 4,000"' }),
    claims: z.array(IdSchema).min(1).meta({ description: 'The claims it is computed from' }),
  })
  .strict()
  .meta({ description: 'How a computed figure was reached, and from which claims' })

export const DerivationSchema = z.enum(['stated', 'computed']).meta({
  description: 'stated: the source gives the number; computed: we derived it (never shown as a statement)',
})

/** A figure as authored: the number, its bound word and the source's own wording. */
export const FigureInputSchema = z
  .object({
    quantity: QuantityKindSchema,
    unit: UnitSchema,
    bound: BoundSchema,
    value: z
      .number()
      .nonnegative()
      .optional()
      .meta({ description: 'The point value; absent for vague figures' }),
    low: z
      .number()
      .nonnegative()
      .optional()
      .meta({ description: 'Lower end, only for a range or a vague figure' }),
    high: z
      .number()
      .nonnegative()
      .optional()
      .meta({ description: 'Upper end, only for a range or a vague figure' }),
    wording: z
      .string()
      .min(1)
      .meta({ description: 'The number as the source words it, e.g. "as many as 1,000"' }),
    includes: z
      .union([z.array(IncludesSchema).min(1), z.literal('unspecified')])
      .optional()
      .meta({
        description:
          'For casualty kinds (required): what the figure counts; "unspecified" only when the source does not say',
      }),
    scope: ScopeSchema,
    derivation: DerivationSchema,
    basis: BasisSchema.optional().meta({
      description: 'Required for a computed figure, absent for a stated one',
    }),
    of: z
      .number()
      .positive()
      .optional()
      .meta({ description: 'For a share or a part: the whole it is a part of, when the source gives it' }),
  })
  .strict()
  .meta({ description: 'A figure as authored: the number, its bound word and the source’s own wording' })

/** One end of a figure's interval. */
export const LimitSchema = z
  .object({ value: z.number(), inclusive: z.boolean() })
  .meta({ description: 'One end of a figure’s interval' })

/** A figure as emitted: the authored fields plus the interval the build derives from bound and value. */
export const FigureSchema = FigureInputSchema.extend({
  lower: LimitSchema.nullable().meta({ description: 'Derived lower limit; null when the source sets none' }),
  upper: LimitSchema.nullable().meta({ description: 'Derived upper limit; null when the source sets none' }),
}).meta({
  description: 'A figure as emitted: the authored fields plus the interval derived from bound and value',
})

export type Extent = z.infer<typeof ExtentSchema>
export type Modality = z.infer<typeof ModalitySchema>
export type Scope = z.infer<typeof ScopeSchema>
export type Basis = z.infer<typeof BasisSchema>
export type Derivation = z.infer<typeof DerivationSchema>
export type Bound = z.infer<typeof BoundSchema>
export type FigureInput = z.infer<typeof FigureInputSchema>
export type Figure = z.infer<typeof FigureSchema>
export type Limit = z.infer<typeof LimitSchema>
