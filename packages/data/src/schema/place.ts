import { z } from 'zod'
import { IdSchema, WikidataIdSchema } from './id.ts'
import { translationsOf } from './translation.ts'

export const PlaceKindSchema = z.enum(['city', 'town', 'region', 'country', 'port', 'site'])

/** A named place with coordinates (WGS 84). */
export const PlaceSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    kind: PlaceKindSchema,
    country: z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as RU' }),
    latitude: z
      .number()
      .min(-90)
      .max(90)
      .optional()
      .meta({ description: 'WGS 84; absent when no source gives it' }),
    longitude: z
      .number()
      .min(-180)
      .max(180)
      .optional()
      .meta({ description: 'WGS 84; absent when no source gives it' }),
    wikidata: WikidataIdSchema.optional(),
    note: z.string().min(1).optional().meta({ description: 'Where the coordinates come from, caveats' }),
    translations: translationsOf(['name'], 'name (the usual spelling in that language)'),
  })
  .strict()
  .meta({ description: 'A named place, with WGS 84 coordinates where a source gives them' })
  .refine((place) => (place.latitude === undefined) === (place.longitude === undefined), {
    error: 'latitude and longitude come together or not at all',
    path: ['longitude'],
  })

export type Place = z.infer<typeof PlaceSchema>
