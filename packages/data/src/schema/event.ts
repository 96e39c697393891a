import { z } from 'zod'
import { EdtfSchema } from './edtf.ts'
import { IdSchema } from './id.ts'
import { SpanSchema } from './span.ts'
import { TopicSchema } from './topic.ts'
import { translationsOf } from './translation.ts'

export const EventKindSchema = z.enum([
  'treaty',
  'diplomacy',
  'deployment',
  'combat',
  'casualty-report',
  'capture',
  'withdrawal',
  'statement',
])

/** A timeline entry: what happened, over the span it means. Events carry no numbers; claims do. */
export const EventInputSchema = z
  .object({
    id: IdSchema,
    kind: EventKindSchema,
    title: z.string().min(1),
    summary: z.string().min(1),
    date: EdtfSchema.meta({ description: 'EDTF covering the whole span the event means' }),
    dateWording: z.string().min(1).optional(),
    places: z.array(IdSchema).default([]),
    actors: z.array(IdSchema).default([]),
    claims: z.array(IdSchema).min(1).meta({ description: 'The claims that attest it' }),
    topics: z.array(TopicSchema).default([]),
    translations: translationsOf(['title', 'summary'], 'title and summary'),
  })
  .strict()
  .meta({
    description:
      'A timeline entry as authored: what happened, over the span it means; claims carry the numbers',
  })

export const EventSchema = EventInputSchema.extend({ dateSpan: SpanSchema }).meta({
  description: 'A timeline entry as emitted, with the span of days its date can mean',
})

export type EventKind = z.infer<typeof EventKindSchema>
export type EventInput = z.input<typeof EventInputSchema>
export type Event = z.infer<typeof EventSchema>
