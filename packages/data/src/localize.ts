/** @module The dataset in one of the languages the project translates its own text into. */
import type { Dataset } from '../generated/types.js'
import type { Language, TranslatedLanguage } from './languages.ts'

export { type Language, languages, type TranslatedLanguage, translatedLanguages } from './languages.ts'

/** The dataset in one language, as {@link localize} returns it: the records' own text in `language`. */
export type LocalizedDataset = Dataset & { readonly language: Language }

type Texts<F extends string> = {
  readonly translations?: { readonly [L in TranslatedLanguage]?: Record<F, string> }
}

// A copy only for a record that has a translation into `lang`, so the English dataset is shared, not copied.
function translated<T extends Texts<F>, F extends string & keyof T>(
  record: T,
  lang: TranslatedLanguage,
  fields: readonly F[],
): T {
  const own = record.translations?.[lang]
  if (!own) return record
  const copy = { ...record }
  for (const field of fields) (copy as Record<F, unknown>)[field] = own[field] ?? record[field]
  return copy
}

/**
 * The dataset with its translatable text in `lang`: claim `statement`, event `title` and `summary`, actor and
 * place `name`, contingent `name` and `summary`. A record with no translation into `lang` keeps its English;
 * every record keeps its `translations`, so a reader can tell which is which. Quotes, notes and source titles are
 * never translated. Takes the English dataset (a localized one has lost its English) and copies only the records
 * it changes; `localize(dataset, 'en')` changes none.
 * @example
 * const ko = localize(dataset, 'ko')
 * ko.claims[0].statement // the Korean translation, or the English where there is none yet
 */
export function localize(dataset: Dataset, lang: Language): LocalizedDataset {
  const from = (dataset as Partial<LocalizedDataset>).language ?? 'en'
  if (from === lang) return { ...dataset, language: lang }
  if (from !== 'en') throw new Error(`localize() needs the English dataset, not one already in ${from}`)
  if (lang === 'en') return { ...dataset, language: 'en' }
  return {
    ...dataset,
    language: lang,
    claims: dataset.claims.map((c) => translated(c, lang, ['statement'])),
    events: dataset.events.map((e) => translated(e, lang, ['title', 'summary'])),
    actors: dataset.actors.map((a) => translated(a, lang, ['name'])),
    places: dataset.places.map((p) => translated(p, lang, ['name'])),
    contingents: dataset.contingents.map((c) => translated(c, lang, ['name', 'summary'])),
  }
}
