import { z } from 'zod'
import { EdtfSchema } from './edtf.ts'
import { FigureInputSchema, FigureSchema } from './figure.ts'
import { IdSchema } from './id.ts'
import { SpanSchema } from './span.ts'
import { TopicSchema } from './topic.ts'
import { translationsOf } from './translation.ts'

/** What sort of assertion a claim is. */
export const ClaimKindSchema = z.enum(['report', 'estimate', 'official-statement', 'denial', 'analysis'])

export const ClaimStatusSchema = z
  .enum(['reported', 'corroborated', 'officially-confirmed', 'disputed', 'denied', 'retracted', 'superseded'])
  .meta({ description: 'Where the claim stands' })

/**
 * A source a claim rests on, with the sentence quoted verbatim and briefly. A source cited without a quote is
 * allowed only beside one that is quoted: every claim has at least one quote.
 */
export const EvidenceSchema = z
  .object({
    source: IdSchema,
    quote: z.string().trim().min(1).optional().meta({
      description: 'Verbatim, at most 45 words; absent when the source is cited but its words were not seen',
    }),
    translation: z.string().trim().min(1).optional().meta({
      description: 'Our English translation of a quote in another language (required for one)',
    }),
    wholeSentence: z.literal(true).optional().meta({
      description: 'The quote is the source’s whole sentence, though under six words',
    }),
    locator: z.string().min(1).optional().meta({ description: 'Where in the source, e.g. "paragraph 3"' }),
  })
  .strict()
  .meta({ description: 'A source a claim rests on, with the sentence quoted verbatim and briefly' })

/** NATO/Admiralty credibility of one piece of information: 1 confirmed … 5 improbable, 6 cannot be judged. */
// One literal each: OpenAPI generators read a union of literals, not a multi-value literal.
export const CredibilityGradeSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
])

export const CredibilitySchema = z
  .object({
    grade: CredibilityGradeSchema,
    reason: z.string().min(1).meta({ description: 'One line saying why' }),
  })
  .strict()
  .meta({
    description: 'How credible this claim is (Admiralty 1–6), beside the reliability of its sources (A–F)',
  })

/** One dated step in a claim's status history, naming the claim or source that caused it. */
export const StatusChangeSchema = z
  .object({
    on: EdtfSchema,
    status: ClaimStatusSchema,
    byClaim: IdSchema.optional(),
    bySource: IdSchema.optional(),
    note: z.string().min(1).optional(),
  })
  .strict()
  .meta({
    description: 'One dated step in a claim’s status history, naming the claim or source that caused it',
  })

export const RelationTypeSchema = z.enum(['supports', 'contradicts', 'supersedes', 'corrects'])

/** "This claim <type> that claim." The build adds the inverse to the other claim's `relatedBy`. */
export const RelationSchema = z
  .object({ type: RelationTypeSchema, claim: IdSchema, note: z.string().min(1).optional() })
  .strict()
  .meta({
    description: '"This claim <type> that claim"; the build adds the inverse to the other claim’s relatedBy',
  })

/** A claim as authored: who asserts what, when, how sure, on what evidence. */
export const ClaimInputSchema = z
  .object({
    id: IdSchema,
    kind: ClaimKindSchema,
    statement: z.string().min(1).meta({ description: 'Our own paraphrase of what is claimed' }),
    claimant: IdSchema.meta({
      description: 'Actor id of the institution that asserts it (a person only when speaking for no one)',
    }),
    speaker: IdSchema.optional().meta({ description: 'Actor id of the person who spoke for the claimant' }),
    via: z.array(IdSchema).default([]).meta({ description: 'Relay chain, nearest the claimant first' }),
    hedge: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'How the source hedges it, in its words: "believed", "thought", "reportedly"' }),
    madeOn: EdtfSchema.meta({ description: 'When the claimant asserted it' }),
    about: EdtfSchema.optional().meta({ description: 'The time the claim refers to, when it differs' }),
    aboutWording: z.string().min(1).optional().meta({ description: 'The source’s words for that time' }),
    places: z.array(IdSchema).default([]),
    actors: z.array(IdSchema).default([]),
    figure: FigureInputSchema.optional(),
    evidence: z.array(EvidenceSchema).min(1),
    status: ClaimStatusSchema,
    history: z.array(StatusChangeSchema).min(1).meta({ description: 'Ordered in time; ends at `status`' }),
    credibility: CredibilitySchema,
    topics: z.array(TopicSchema).default([]),
    related: z.array(RelationSchema).default([]),
    note: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Editorial note: context, caveats, weak sourcing' }),
    translations: translationsOf(['statement'], 'statement'),
  })
  .strict()
  .meta({ description: 'A claim as authored: who asserts what, when, how sure, on what evidence' })

/** A claim as emitted: the authored fields plus derived date spans, figure limits and inverse relations. */
export const ClaimSchema = ClaimInputSchema.extend({
  figure: FigureSchema.optional(),
  history: z.array(StatusChangeSchema.extend({ onSpan: SpanSchema })).min(1),
  madeOnSpan: SpanSchema,
  aboutSpan: SpanSchema.nullable(),
  relatedBy: z
    .array(z.object({ type: RelationTypeSchema, claim: IdSchema }))
    .meta({ description: 'Claims that relate to this one: "<claim> <type>s this claim"' }),
}).meta({
  description:
    'A claim as emitted: the authored fields plus derived date spans, figure limits and inverse relations',
})

export type CredibilityGrade = z.infer<typeof CredibilityGradeSchema>
export type Credibility = z.infer<typeof CredibilitySchema>
export type ClaimKind = z.infer<typeof ClaimKindSchema>
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>
export type Evidence = z.infer<typeof EvidenceSchema>
export type StatusChange = z.infer<typeof StatusChangeSchema>
export type RelationType = z.infer<typeof RelationTypeSchema>
export type Relation = z.infer<typeof RelationSchema>
export type ClaimInput = z.input<typeof ClaimInputSchema>
export type Claim = z.infer<typeof ClaimSchema>
