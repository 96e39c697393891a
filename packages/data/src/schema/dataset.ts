import { z } from 'zod'
import { ActorSchema } from './actor.ts'
import { ClaimSchema } from './claim.ts'
import { ContingentSchema } from './contingent.ts'
import { EventSchema } from './event.ts'
import { PlaceSchema } from './place.ts'
import { UnitSchema } from './quantity.ts'
import { SourceSchema } from './source.ts'

/** One release note of the dataset. */
export const ChangelogEntrySchema = z
  .object({ version: z.string(), date: z.iso.date(), changes: z.array(z.string().min(1)).min(1) })
  .strict()
  .meta({ description: 'One release note of the dataset' })

/** data/dataset.yaml: the release the records belong to. */
export const DatasetMetaSchema = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { error: 'must be a semver version' }),
    released: z.iso.date(),
    changelog: z
      .array(ChangelogEntrySchema)
      .min(1)
      .superRefine((changelog, ctx) => {
        const seen = new Set<string>()
        changelog.forEach(({ version }, i) => {
          if (seen.has(version))
            ctx.addIssue({ code: 'custom', path: [i, 'version'], message: `${version} is listed twice` })
          seen.add(version)
        })
      })
      .meta({ description: 'Newest first; the first entry is this version' }),
  })
  .strict()
  .meta({ description: 'The release the records belong to (data/dataset.yaml)' })

/** The whole dataset as emitted by the build: every record type in id order (events in date order). */
export const DatasetSchema = DatasetMetaSchema.extend({
  license: z.literal('CC-BY-4.0'),
  quantityKinds: z.array(
    z.object({ id: z.string(), unit: UnitSchema, label: z.string(), description: z.string() }),
  ),
  claims: z.array(ClaimSchema),
  events: z.array(EventSchema),
  sources: z.array(SourceSchema),
  actors: z.array(ActorSchema),
  places: z.array(PlaceSchema),
  contingents: z.array(ContingentSchema),
}).meta({ description: 'The whole dataset: every record type in id order, events in date order' })

export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>
export type Dataset = z.infer<typeof DatasetSchema>
