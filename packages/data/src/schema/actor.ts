import { z } from 'zod'
import { IdSchema } from './id.ts'

export const ActorKindSchema = z.enum(['state', 'person', 'agency', 'armed-force', 'unit', 'media', 'group'])

/** Who claims or does something: a state, an agency, a person, a unit. */
export const ActorSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    kind: ActorKindSchema,
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional()
      .meta({ description: 'ISO 3166-1 alpha-2' }),
  })
  .strict()

export type Actor = z.infer<typeof ActorSchema>
