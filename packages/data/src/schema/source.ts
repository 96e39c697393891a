import { z } from 'zod'
import { EdtfSchema } from './edtf.ts'
import { IdSchema } from './id.ts'

/** A document a claim rests on: an article, a statement, a briefing report. */
export const SourceSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    publisher: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    url: z.url().optional(),
    published: EdtfSchema,
    note: z.string().optional(),
  })
  .strict()

export type Source = z.infer<typeof SourceSchema>
