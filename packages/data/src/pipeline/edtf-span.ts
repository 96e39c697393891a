import edtf from 'edtf'
import type { Span } from '../schema/span.ts'

const day = (ms: number): string | null =>
  Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null

/** The first and last calendar day an EDTF value can mean: `2024-12-0X` → 2024-12-01 … 2024-12-09. */
export function edtfSpan(value: string): Span {
  const parsed = edtf(value)
  return { earliest: day(parsed.min), latest: day(parsed.max) }
}
