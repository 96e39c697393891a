import { z } from 'zod'
import { EdtfSchema } from './edtf.ts'
import { IdSchema } from './id.ts'
import { SpanSchema } from './span.ts'
import { translationsOf } from './translation.ts'

export const ContingentKindSchema = z
  .enum(['special-forces', 'combat', 'reinforcement', 'engineers', 'construction', 'other'])
  .meta({ description: 'What the contingent was sent to do' })

/** One wave or group of the deployment that sources count apart, e.g. the engineers sent in 2025. */
export const ContingentInputSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    kind: ContingentKindSchema,
    arrival: EdtfSchema.meta({
      description: 'When it arrived (or was to arrive), as fuzzy as the sources leave it',
    }),
    summary: z.string().min(1).meta({ description: 'Who they are and what sources say they did' }),
    partOf: IdSchema.optional().meta({ description: 'The contingent this one is a part of' }),
    places: z.array(IdSchema).default([]),
    note: z.string().min(1).optional(),
    translations: translationsOf(['name', 'summary'], 'name and summary'),
  })
  .strict()
  .meta({ description: 'A wave or group of the deployment that sources count apart, as authored' })

export const ContingentSchema = ContingentInputSchema.extend({
  arrivalSpan: SpanSchema,
  claims: z.array(IdSchema).meta({ description: 'Claims whose figure counts this contingent (derived)' }),
}).meta({ description: 'A wave or group of the deployment, with the claims whose figures count it' })

export type ContingentKind = z.infer<typeof ContingentKindSchema>
export type ContingentInput = z.input<typeof ContingentInputSchema>
export type Contingent = z.infer<typeof ContingentSchema>
