import { z } from 'zod'

const IsoDateSchema = z.iso.date()

/** The earliest and latest calendar days an EDTF value can mean; null for an open or unknown end. */
export const SpanSchema = z
  .object({ earliest: IsoDateSchema.nullable(), latest: IsoDateSchema.nullable() })
  .meta({ description: 'Derived from the EDTF value: the first and last day it can mean (null = open)' })

export type Span = z.infer<typeof SpanSchema>
