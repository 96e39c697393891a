import type {
  Actor,
  Claim,
  ClaimKind,
  ClaimStatus,
  Dataset,
  Derivation,
  Event,
  EventKind,
  Extent,
  Modality,
  QuantityKind,
  ReliabilityGrade,
  Span,
  Topic,
} from '../generated/types.js'
import { createSearch } from './search.ts'

export { type Language, type LocalizedDataset, languages, localize } from './localize.ts'

/**
 * How a fuzzy date meets a range: `certainly` when every day it can mean lies inside,
 * `possibly` when any day it can mean does.
 */
export type Within = 'certainly' | 'possibly'

/** A range of ISO days (`YYYY-MM-DD`), open where an end is absent. */
export interface DateRange {
  from?: string
  to?: string
  within?: Within
}

/** True when the span lies in the range: wholly (`certainly`, the default) or in part (`possibly`). */
export function spanWithin(span: Span, { from, to, within = 'certainly' }: DateRange): boolean {
  if (within === 'certainly') {
    if (from !== undefined && (span.earliest === null || span.earliest < from)) return false
    if (to !== undefined && (span.latest === null || span.latest > to)) return false
    return true
  }
  if (from !== undefined && span.latest !== null && span.latest < from) return false
  if (to !== undefined && span.earliest !== null && span.earliest > to) return false
  return true
}

/** Every actor a claim names, in any role: claimant, speaker, relays and subjects (an actor may recur). */
export const rolesOf = (claim: Claim): string[] => [
  claim.claimant,
  ...(claim.speaker ? [claim.speaker] : []),
  ...claim.via,
  ...claim.actors,
]

/** The time a claim's figure or statement holds for: what it is about, else when it was made. */
export const asOfSpan = (claim: Claim): Span => claim.aboutSpan ?? claim.madeOnSpan

export interface ClaimFilter {
  quantity?: QuantityKind
  claimant?: string
  status?: ClaimStatus
  kind?: ClaimKind
  topic?: Topic
  place?: string
  /** An actor the claim is about (its `actors`), not who makes it. */
  actor?: string
  /** An actor that relayed the claim (its `via`). */
  via?: string
  /** An actor in any role: claimant, speaker, relay or subject. */
  involving?: string
  /** A source the claim's evidence cites. */
  source?: string
  /** When the claim was made. */
  made?: DateRange
  /** The time the claim is about (or when it was made, if it says nothing else). */
  about?: DateRange
  /** Words to find (full-text: prefix and fuzzy, every word; the best partial matches when none has them all). */
  q?: string
}

export interface EventFilter {
  kind?: EventKind
  topic?: Topic
  place?: string
  actor?: string
  /** A claim that attests the event. */
  claim?: string
  date?: DateRange
}

export interface ActorFilter {
  /** The actor id of the body they belong to. */
  affiliation?: string
}

/**
 * Which figures of a kind to return. With none of `extent`, `modality`, `contingent`, `area` or `derivation`,
 * only comparable estimates (see {@link isComparable}); with any of them, every figure that matches them all.
 */
export interface EstimateFilter {
  extent?: Extent
  modality?: Modality
  /** A contingent id, or `all` for figures that count every contingent. */
  contingent?: string
  /** A place id or an ISO country code. */
  area?: string
  derivation?: Derivation
  /** Set false to get every figure of the kind, comparable or not. */
  comparable?: boolean
}

/** Statuses that take a claim out of a comparison: someone withdrew or contests it. */
const outOfComparison: readonly ClaimStatus[] = ['disputed', 'denied', 'retracted']

/**
 * The comparison rule: a figure compares like with like when it is a running total (`cumulative`) of every
 * contingent (`all`) that actually happened (`actual`), as stated by its claimant (`stated`), on a claim that no
 * one disputes, denies or retracted, resting on at least one source graded A–D.
 */
export function isComparable(
  claim: Claim,
  gradeOf: (source: string) => ReliabilityGrade | undefined,
): boolean {
  const figure = claim.figure
  if (!figure) return false
  const { scope } = figure
  return (
    scope.extent === 'cumulative' &&
    scope.contingents === 'all' &&
    scope.modality === 'actual' &&
    figure.derivation === 'stated' &&
    !outOfComparison.includes(claim.status) &&
    claim.evidence.some((e) => 'ABCD'.includes(gradeOf(e.source) ?? 'F'))
  )
}

const bucketed = [
  'quantity',
  'claimant',
  'status',
  'kind',
  'topic',
  'place',
  'actor',
  'via',
  'involving',
  'source',
] as const
type Bucketed = (typeof bucketed)[number]
const eventBucketed = ['place', 'actor', 'claim'] as const
type EventBucketed = (typeof eventBucketed)[number]

/** Adds `item` to the list under `key`, making the list on first use. */
function push<K, T>(map: Map<K, T[]>, key: K, item: T) {
  const list = map.get(key)
  if (list) list.push(item)
  else map.set(key, [item])
}

/** The smallest of the index lists the filter names (the whole list when it names none). */
function narrowest<T, K extends string>(
  all: readonly T[],
  indexes: Record<K, Map<string, T[]>>,
  filter: Partial<Record<K, unknown>>,
): readonly T[] {
  let candidates = all
  for (const key of Object.keys(indexes) as K[]) {
    const value = filter[key]
    if (value === undefined) continue
    const bucket = indexes[key].get(value as string) ?? []
    if (bucket.length < candidates.length) candidates = bucket
  }
  return candidates
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const spanKey = (s: Span) => `${s.earliest ?? ''}|${s.latest ?? '9999'}`

/** Orders spans by earliest day, then latest; an unknown start sorts first, an open end last. */
export const compareSpan = (a: Span, b: Span): number => compare(spanKey(a), spanKey(b))

/** Query functions over one dataset, with indexes built once so filters stay fast on large datasets. */
export function createQuery(dataset: Dataset) {
  const claimById = new Map(dataset.claims.map((c) => [c.id, c]))
  const gradeBySource = new Map(dataset.sources.map((s) => [s.id, s.reliability.grade]))
  const gradeOf = (source: string) => gradeBySource.get(source)
  // The full-text index is built on the first text query, not for every view of the data.
  let index: ReturnType<typeof createSearch> | undefined
  const search = () => {
    index ??= createSearch(dataset)
    return index
  }
  const eventById = new Map(dataset.events.map((e) => [e.id, e]))
  const buckets = {} as Record<Bucketed, Map<string, Claim[]>>
  for (const key of bucketed) buckets[key] = new Map()
  for (const claim of dataset.claims) {
    if (claim.figure) push(buckets.quantity, claim.figure.quantity, claim)
    push(buckets.claimant, claim.claimant, claim)
    push(buckets.status, claim.status, claim)
    push(buckets.kind, claim.kind, claim)
    for (const topic of new Set(claim.topics)) push(buckets.topic, topic, claim)
    for (const place of new Set(claim.places)) push(buckets.place, place, claim)
    for (const actor of new Set(claim.actors)) push(buckets.actor, actor, claim)
    for (const actor of new Set(claim.via)) push(buckets.via, actor, claim)
    for (const actor of new Set(rolesOf(claim))) push(buckets.involving, actor, claim)
    for (const source of new Set(claim.evidence.map((e) => e.source))) push(buckets.source, source, claim)
  }
  const eventBuckets = {} as Record<EventBucketed, Map<string, Event[]>>
  for (const key of eventBucketed) eventBuckets[key] = new Map()
  for (const event of dataset.events) {
    for (const place of new Set(event.places)) push(eventBuckets.place, place, event)
    for (const actor of new Set(event.actors)) push(eventBuckets.actor, actor, event)
    for (const claim of new Set(event.claims)) push(eventBuckets.claim, claim, event)
  }
  // Built on the first lookup by affiliation, like the search index.
  let members: Map<string, Actor[]> | undefined
  const membersOf = (body: string) => {
    if (!members) {
      members = new Map()
      for (const actor of dataset.actors) if (actor.affiliation) push(members, actor.affiliation, actor)
    }
    return members.get(body) ?? []
  }

  /** Claims matching every given filter, in id order. */
  function claims(filter: ClaimFilter = {}): Claim[] {
    // Start from the smallest index bucket, then test the rest.
    const candidates = narrowest(dataset.claims, buckets, filter)
    const found = filter.q ? new Set(search()(filter.q, 'claim').map((hit) => hit.id)) : undefined
    return candidates.filter(
      (c) =>
        (filter.quantity === undefined || c.figure?.quantity === filter.quantity) &&
        (filter.claimant === undefined || c.claimant === filter.claimant) &&
        (filter.status === undefined || c.status === filter.status) &&
        (filter.kind === undefined || c.kind === filter.kind) &&
        (filter.topic === undefined || c.topics.includes(filter.topic)) &&
        (filter.place === undefined || c.places.includes(filter.place)) &&
        (filter.actor === undefined || c.actors.includes(filter.actor)) &&
        (filter.via === undefined || c.via.includes(filter.via)) &&
        (filter.involving === undefined || rolesOf(c).includes(filter.involving)) &&
        (filter.source === undefined || c.evidence.some((e) => e.source === filter.source)) &&
        (filter.made === undefined || spanWithin(c.madeOnSpan, filter.made)) &&
        (filter.about === undefined || spanWithin(asOfSpan(c), filter.about)) &&
        (found === undefined || found.has(c.id)),
    )
  }

  /** Events matching every given filter, in date order. */
  function events(filter: EventFilter = {}): Event[] {
    return narrowest(dataset.events, eventBuckets, filter).filter(
      (e) =>
        (filter.kind === undefined || e.kind === filter.kind) &&
        (filter.topic === undefined || e.topics.includes(filter.topic)) &&
        (filter.place === undefined || e.places.includes(filter.place)) &&
        (filter.actor === undefined || e.actors.includes(filter.actor)) &&
        (filter.claim === undefined || e.claims.includes(filter.claim)) &&
        (filter.date === undefined || spanWithin(e.dateSpan, filter.date)),
    )
  }

  /**
   * Competing estimates of one quantity kind, ordered by the time each holds for, then when it was made: by
   * default only the comparable ones (cumulative totals of every contingent, actual, as stated).
   */
  function estimates(quantity: QuantityKind, filter: EstimateFilter = {}): Claim[] {
    const scoped = ['extent', 'modality', 'contingent', 'area', 'derivation'].some(
      (key) => filter[key as keyof EstimateFilter] !== undefined,
    )
    const comparable = filter.comparable ?? !scoped
    const matches = (claim: Claim) => {
      const figure = claim.figure
      if (!figure) return false
      const { scope } = figure
      const contingents = scope.contingents
      return (
        (!comparable || isComparable(claim, gradeOf)) &&
        (filter.extent === undefined || scope.extent === filter.extent) &&
        (filter.modality === undefined || scope.modality === filter.modality) &&
        (filter.derivation === undefined || figure.derivation === filter.derivation) &&
        (filter.area === undefined || scope.area === filter.area) &&
        (filter.contingent === undefined ||
          (filter.contingent === 'all'
            ? contingents === 'all'
            : contingents !== 'all' && contingents.includes(filter.contingent)))
      )
    }
    return (buckets.quantity.get(quantity) ?? [])
      .filter(matches)
      .sort(
        (a, b) =>
          compareSpan(asOfSpan(a), asOfSpan(b)) ||
          compareSpan(a.madeOnSpan, b.madeOnSpan) ||
          compare(a.id, b.id),
      )
  }

  return {
    dataset,
    claim: (id: string): Claim | undefined => claimById.get(id),
    event: (id: string): Event | undefined => eventById.get(id),
    claims,
    events,
    /** Actors matching every given filter, in id order. */
    actors: (filter: ActorFilter = {}): Actor[] =>
      filter.affiliation === undefined ? dataset.actors : membersOf(filter.affiliation),
    estimates,
    /** Full-text search over every record type (see `@dprk/data/search`). */
    search: (q: string, type?: Parameters<ReturnType<typeof createSearch>>[1]) => search()(q, type),
    /** True when the claim's figure compares like with like (see {@link isComparable}). */
    isComparable: (claim: Claim) => isComparable(claim, gradeOf),
  }
}

export type Query = ReturnType<typeof createQuery>

/**
 * The dataset as it could be known at the end of `date` (an ISO day): claims certainly made by then, each with
 * its status as of then; events attested by at least one of those claims; relations among visible claims only.
 * Whatever else the dataset carries (a localized one's `language`) is kept.
 */
export function knownOn<D extends Dataset>(dataset: D, date: string): D {
  const claims: Claim[] = []
  for (const claim of dataset.claims) {
    // An open-ended date ("since November 2024") counts from its first day; an unknown start never does.
    const madeBy = claim.madeOnSpan.latest ?? claim.madeOnSpan.earliest
    if (madeBy === null || madeBy > date) continue
    const history = claim.history.filter((h) => {
      const by = h.onSpan.latest ?? h.onSpan.earliest
      return by !== null && by <= date
    })
    const status: ClaimStatus = history.at(-1)?.status ?? 'reported'
    claims.push({ ...claim, status, history })
  }
  const visible = new Set(claims.map((c) => c.id))
  for (const claim of claims) {
    claim.related = claim.related.filter((r) => visible.has(r.claim))
    claim.relatedBy = claim.relatedBy.filter((r) => visible.has(r.claim))
  }
  const events = dataset.events
    .filter((e) => e.claims.some((id) => visible.has(id)))
    .map((e) => ({ ...e, claims: e.claims.filter((id) => visible.has(id)) }))
  return { ...dataset, claims, events }
}
