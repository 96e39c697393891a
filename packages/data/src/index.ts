/** @module The validated dataset, typed accessors and pure query functions over it. */
import json from '../generated/dataset.json' with { type: 'json' }
import type { Dataset } from '../generated/types.js'
import { createQuery } from './query.ts'

export type * from '../generated/types.js'
export {
  type Language,
  type LocalizedDataset,
  languages,
  localize,
  type TranslatedLanguage,
  translatedLanguages,
} from './localize.ts'
export { quantityKinds, units } from './quantity-kinds.ts'
export {
  type ActorFilter,
  asOfSpan,
  type ClaimFilter,
  compareSpan,
  createQuery,
  type DateRange,
  type EstimateFilter,
  type EventFilter,
  isComparable,
  knownOn,
  type Query,
  rolesOf,
  spanWithin,
  type Within,
} from './query.ts'

/** The whole dataset, validated when it was built. */
export const dataset = json as Dataset

/** Every claim, in id order. */
export const claims = dataset.claims
/** Every event, in date order. */
export const events = dataset.events
/** Every source, in id order. */
export const sources = dataset.sources
/** Every actor, in id order. */
export const actors = dataset.actors
/** Every place, in id order. */
export const places = dataset.places

/** Query functions over the embedded dataset, indexes built once. */
export const query = createQuery(dataset)

const sourceById = new Map(sources.map((s) => [s.id, s]))
const actorById = new Map(actors.map((a) => [a.id, a]))
const placeById = new Map(places.map((p) => [p.id, p]))

/** The claim with this id, or undefined. */
export const getClaim = query.claim
/** The event with this id, or undefined. */
export const getEvent = query.event
/** The source with this id, or undefined. */
export const getSource = (id: string) => sourceById.get(id)
/** The actor with this id, or undefined. */
export const getActor = (id: string) => actorById.get(id)
/** The place with this id, or undefined. */
export const getPlace = (id: string) => placeById.get(id)
