import { z } from 'zod'
import { languages } from '../languages.ts'

export { type TranslatedLanguage, translatedLanguages } from '../languages.ts'

/** The languages the dataset can be read in: English, the original, and its translations. */
export const LanguageSchema = z.enum(languages)
export type Language = z.infer<typeof LanguageSchema>

const text = z.string().trim().min(1)

/**
 * The project's own translations of a record's English text, one object per language. Never a source's words:
 * quotes stay verbatim in their own language, in the evidence.
 */
export const translationsOf = <const K extends string>(fields: readonly K[], what: string) => {
  const one = z.strictObject(Object.fromEntries(fields.map((f) => [f, text])) as Record<K, typeof text>)
  return z
    .strictObject({ ko: one.optional(), uk: one.optional() })
    .optional()
    .meta({
      description: `The project's translations of the ${what} into Korean (ko) and Ukrainian (uk); not the sources' words`,
    })
}
