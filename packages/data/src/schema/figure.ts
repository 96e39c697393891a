import { z } from 'zod'

/** How the source words a number: "about 1,500" is `about`, "as many as 1,000" is `up-to`. */
export const BoundSchema = z
  .enum(['exact', 'about', 'nearly', 'at-least', 'more-than', 'up-to', 'at-most', 'range', 'vague'])
  .meta({ description: 'The bound as the source words it' })

/** What a figure counts; figures of different kinds are never compared or summed. */
export const QuantityKindSchema = z
  .enum(['troops-sent', 'killed'])
  .meta({ description: 'What the figure counts' })

export const FigureSchema = z
  .object({
    quantity: QuantityKindSchema,
    bound: BoundSchema,
    value: z.number().nonnegative(),
    wording: z
      .string()
      .min(1)
      .meta({ description: 'The number as the source words it, e.g. "as many as 1,000"' }),
  })
  .strict()

export type Bound = z.infer<typeof BoundSchema>
export type QuantityKind = z.infer<typeof QuantityKindSchema>
export type Figure = z.infer<typeof FigureSchema>
