import { z } from 'zod'
import { EdtfSchema } from './edtf.ts'
import { FigureSchema } from './figure.ts'
import { IdSchema } from './id.ts'

/** The sentence of a source that a claim rests on, quoted verbatim. */
export const EvidenceSchema = z
  .object({
    source: IdSchema,
    quote: z.string().trim().min(1),
    locator: z.string().optional().meta({ description: 'Where in the source, e.g. "paragraph 3"' }),
  })
  .strict()

export const ClaimStatusSchema = z.enum([
  'reported',
  'corroborated',
  'officially-confirmed',
  'disputed',
  'denied',
  'retracted',
  'superseded',
])

/** Who asserts what, when, how sure, on what evidence: the unit of the dataset. */
export const ClaimSchema = z
  .object({
    id: IdSchema,
    statement: z.string().min(1).meta({ description: 'Our paraphrase of what is claimed' }),
    claimant: IdSchema.meta({ description: 'Actor id of who asserts it' }),
    via: z.array(IdSchema).default([]).meta({ description: 'Relay chain, nearest the claimant first' }),
    madeOn: EdtfSchema.meta({ description: 'When the claimant asserted it' }),
    about: EdtfSchema.optional().meta({ description: 'The time the claim refers to' }),
    figure: FigureSchema.optional(),
    evidence: z.array(EvidenceSchema).min(1),
    status: ClaimStatusSchema,
  })
  .strict()

export type Evidence = z.infer<typeof EvidenceSchema>
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>
export type Claim = z.infer<typeof ClaimSchema>
