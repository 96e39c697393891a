import { z } from 'zod'
import { QuantityKindSchema, UnitSchema } from './quantity.ts'

/** How the source words a number: "approximately 1,500" is `about`, "as many as 1,000" is `up-to`. */
export const BoundSchema = z
  .enum(['exact', 'about', 'nearly', 'at-least', 'more-than', 'up-to', 'at-most', 'range', 'vague'])
  .meta({ description: 'The bound as the source words it' })

/** What a casualty figure counts besides its own kind, as the source says. */
export const IncludesSchema = z.enum(['killed', 'wounded', 'missing', 'captured'])

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
      .array(IncludesSchema)
      .optional()
      .meta({ description: 'For casualties: what the figure counts' }),
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

export type Bound = z.infer<typeof BoundSchema>
export type FigureInput = z.infer<typeof FigureInputSchema>
export type Figure = z.infer<typeof FigureSchema>
export type Limit = z.infer<typeof LimitSchema>
