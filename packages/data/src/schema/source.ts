import { z } from 'zod'
import { EdtfSchema } from './edtf.ts'
import { IdSchema } from './id.ts'
import { SpanSchema } from './span.ts'

export const SourceKindSchema = z.enum([
  'news-report',
  'official-statement',
  'intelligence-briefing',
  'state-media',
  'analysis',
  'reference',
])

/** NATO/Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const ReliabilityGradeSchema = z.enum(['A', 'B', 'C', 'D', 'E', 'F'])

/** A document a claim rests on (an article, a statement, a briefing report); the outlet is its publisher. */
export const SourceInputSchema = z
  .object({
    id: IdSchema,
    kind: SourceKindSchema,
    title: z.string().min(1),
    publisher: z.string().min(1).optional().meta({ description: 'Absent when unknown' }),
    author: z.string().min(1).optional().meta({ description: 'Absent when unknown' }),
    url: z
      .url({ protocol: /^https?$/ })
      // Only a parseable URL can be compared; z.url() has already reported the others.
      .refine((url) => !URL.canParse(url) || new URL(url).href === url, {
        error: (issue) => `write it as a browser sends it: ${new URL(String(issue.input)).href}`,
      })
      .optional()
      .meta({ description: 'The page quoted, exactly as found, percent-encoded' }),
    published: EdtfSchema,
    retrieved: z.iso
      .date()
      .optional()
      .meta({ description: 'The day we read the page (required once its words are quoted)' }),
    syndicates: IdSchema.optional().meta({
      description: 'Wire copy: actor id of the agency whose story this page carries (graded as that story)',
    }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/)
      .meta({ description: 'BCP 47 tag of the text quoted, e.g. en' }),
    reliability: z
      .object({
        grade: ReliabilityGradeSchema,
        reason: z.string().min(1).meta({ description: 'One line saying why' }),
      })
      .strict(),
    provenance: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'What is known and unknown of where it comes from' }),
  })
  .strict()
  .meta({ description: 'A document claims rest on (an article, a statement, a briefing), as authored' })

export const SourceSchema = SourceInputSchema.extend({ publishedSpan: SpanSchema }).meta({
  description: 'A document claims rest on, as emitted, with the span of days its publication date can mean',
})

export type SourceKind = z.infer<typeof SourceKindSchema>
export type ReliabilityGrade = z.infer<typeof ReliabilityGradeSchema>
export type SourceInput = z.infer<typeof SourceInputSchema>
export type Source = z.infer<typeof SourceSchema>
