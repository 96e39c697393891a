import { z } from 'zod'

/** A stable record id: lowercase words joined by hyphens; it is also the record's file name. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'ids are lowercase words and digits joined by hyphens' })
