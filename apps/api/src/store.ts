import {
  createQuery,
  type Dataset,
  knownOn,
  type Language,
  languages,
  localize,
  type Query,
} from '@dprk/data'
import { Lru } from './http/lru.ts'

/** Everything the routes read, indexed once: the dataset in one language and lookups by id. */
export interface View {
  readonly dataset: Dataset
  readonly language: Language
  readonly query: Query
  readonly actorName: (id: string) => string
  readonly actor: (id: string) => Dataset['actors'][number] | undefined
  readonly source: (id: string) => Dataset['sources'][number] | undefined
  readonly place: (id: string) => Dataset['places'][number] | undefined
  readonly contingent: (id: string) => Dataset['contingents'][number] | undefined
}

function createView(dataset: Dataset, language: Language): View {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]))
  const sources = new Map(dataset.sources.map((s) => [s.id, s]))
  const places = new Map(dataset.places.map((p) => [p.id, p]))
  const contingents = new Map(dataset.contingents.map((c) => [c.id, c]))
  return {
    dataset,
    language,
    query: createQuery(dataset),
    actorName: (id) => actors.get(id)?.name ?? id,
    actor: (id) => actors.get(id),
    source: (id) => sources.get(id),
    place: (id) => places.get(id),
    contingent: (id) => contingents.get(id),
  }
}

/**
 * The immutable dataset in each language and its "as known on" views, each built once per (day, language) and kept
 * while in use; a view's search index is built on its first text query.
 */
export function createStore(dataset: Dataset) {
  const current = createView(dataset, 'en')
  const localized = new Map<Language, View>([['en', current]])
  // 64 days in each language.
  const past = new Lru<string, View>(64 * languages.length)
  const now = (lang: Language) => {
    let view = localized.get(lang)
    if (!view) {
      view = createView(localize(dataset, lang), lang)
      localized.set(lang, view)
    }
    return view
  }
  return {
    /** The current view in English. */
    current,
    /** The view as known at the end of `day` (ISO), or the current one, in `lang`. */
    at(day: string | undefined, lang: Language): View {
      if (day === undefined) return now(lang)
      const key = `${day}|${lang}`
      let view = past.get(key)
      if (!view) {
        view = createView(knownOn(now(lang).dataset, day), lang)
        past.set(key, view)
      }
      return view
    },
  }
}

export type Store = ReturnType<typeof createStore>
