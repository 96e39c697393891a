import { z } from 'zod'

/** A stable record id: lowercase words joined by hyphens; it is also the record's file name. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'ids are lowercase words and digits joined by hyphens' })

/** A Wikidata item id, only where the research gives one; never guessed. */
export const WikidataIdSchema = z
  .string()
  .regex(/^Q[1-9]\d*$/, { error: 'must be a Wikidata item id such as Q423' })
  .meta({ description: 'Wikidata QID, present only where a source gives it' })
