/// <reference path="../edtf.d.ts" />
import edtf from 'edtf'
import { z } from 'zod'

/** True when `value` is a valid EDTF (ISO 8601-2) date or interval, e.g. `2024-12-0X` or `2024-10/..`. */
export function isEdtf(value: string): boolean {
  try {
    edtf(value)
    return true
  } catch {
    return false
  }
}

/** An EDTF (ISO 8601-2) string: keeps "early December 2024" fuzzy as `2024-12-0X`. */
export const EdtfSchema = z
  .string()
  .refine(isEdtf, { error: (issue) => `not a valid EDTF date: ${JSON.stringify(issue.input)}` })
  .meta({
    description: 'An EDTF (ISO 8601-2) date or interval, e.g. 2024-10, 2024-12-0X, 2024-10-08/2024-10-13',
  })
