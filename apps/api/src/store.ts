import { createQuery, type Dataset, knownOn, type Query } from '@dprk/data'
import { Lru } from './http/lru.ts'

/** Everything the routes read, indexed once: the dataset and lookups by id. */
export interface View {
  readonly dataset: Dataset
  readonly query: Query
  readonly actorName: (id: string) => string
  readonly actor: (id: string) => Dataset['actors'][number] | undefined
  readonly source: (id: string) => Dataset['sources'][number] | undefined
  readonly place: (id: string) => Dataset['places'][number] | undefined
  readonly contingent: (id: string) => Dataset['contingents'][number] | undefined
}

function createView(dataset: Dataset): View {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]))
  const sources = new Map(dataset.sources.map((s) => [s.id, s]))
  const places = new Map(dataset.places.map((p) => [p.id, p]))
  const contingents = new Map(dataset.contingents.map((c) => [c.id, c]))
  return {
    dataset,
    query: createQuery(dataset),
    actorName: (id) => actors.get(id)?.name ?? id,
    actor: (id) => actors.get(id),
    source: (id) => sources.get(id),
    place: (id) => places.get(id),
    contingent: (id) => contingents.get(id),
  }
}

/** The immutable dataset and its "as known on" views, each built once and kept while in use. */
export function createStore(dataset: Dataset) {
  const current = createView(dataset)
  const past = new Lru<string, View>(64)
  return {
    current,
    /** The view as known at the end of `day` (ISO), or the current one. */
    at(day: string | undefined): View {
      if (day === undefined) return current
      let view = past.get(day)
      if (!view) {
        view = createView(knownOn(dataset, day))
        past.set(day, view)
      }
      return view
    },
  }
}

export type Store = ReturnType<typeof createStore>
