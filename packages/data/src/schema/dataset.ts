import { z } from 'zod'
import { ActorSchema } from './actor.ts'
import { ClaimSchema } from './claim.ts'
import { SourceSchema } from './source.ts'

/** The whole dataset as emitted by the build: every record type in id order. */
export const DatasetSchema = z.object({
  version: z.string(),
  license: z.literal('CC-BY-4.0'),
  claims: z.array(ClaimSchema),
  sources: z.array(SourceSchema),
  actors: z.array(ActorSchema),
})

export type Dataset = z.infer<typeof DatasetSchema>
