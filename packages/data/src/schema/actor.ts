import { z } from 'zod'
import { IdSchema, WikidataIdSchema } from './id.ts'
import { translationsOf } from './translation.ts'

export const ActorKindSchema = z.enum([
  'state',
  'person',
  'agency',
  'armed-force',
  'unit',
  'media',
  'organisation',
  'officials',
])

/** Who claims or does something: a state, an agency, a person, a unit, a media outlet, unnamed officials. */
export const ActorSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    kind: ActorKindSchema.meta({
      description: '"officials" is a group of unnamed officials, e.g. "Western officials"',
    }),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as KR' })
      .optional()
      .meta({ description: 'ISO 3166-1 alpha-2' }),
    aliases: z.array(z.string().min(1)).default([]),
    affiliation: IdSchema.optional().meta({ description: 'Actor id of the body this one belongs to' }),
    role: z.string().min(1).optional().meta({ description: 'For a person: the office held when quoted' }),
    wikidata: WikidataIdSchema.optional(),
    note: z.string().min(1).optional(),
    translations: translationsOf(['name'], 'name (the usual spelling in that language)'),
  })
  .strict()
  .meta({
    description: 'Who claims or does something: a state, an agency, a person, a unit, media, officials',
  })

export type ActorKind = z.infer<typeof ActorKindSchema>
export type Actor = z.infer<typeof ActorSchema>
