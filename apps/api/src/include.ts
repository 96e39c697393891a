import type { Actor, Claim, Contingent, Event, Place, Source } from '@dprk/data'
import type { View } from './store.ts'

/** Record types a list can side-load with `include=`, each holding only what the page refers to. */
export const includable = ['actors', 'places', 'sources', 'claims', 'contingents', 'events'] as const
export type Includable = (typeof includable)[number]

export interface Included {
  actors?: Actor[]
  places?: Place[]
  sources?: Source[]
  claims?: Claim[]
  contingents?: Contingent[]
  events?: Event[]
}

type Refs = Record<Includable, Set<string>>

const empty = (): Refs => ({
  actors: new Set(),
  places: new Set(),
  sources: new Set(),
  claims: new Set(),
  contingents: new Set(),
  events: new Set(),
})

function claimRefs(claim: Claim, refs: Refs) {
  refs.actors.add(claim.claimant)
  if (claim.speaker) refs.actors.add(claim.speaker)
  for (const id of claim.via) refs.actors.add(id)
  for (const id of claim.actors) refs.actors.add(id)
  for (const id of claim.places) refs.places.add(id)
  for (const e of claim.evidence) refs.sources.add(e.source)
  const contingents = claim.figure?.scope?.contingents
  if (Array.isArray(contingents)) for (const id of contingents) refs.contingents.add(id)
}

/** The ids a page of claims, events or contingents refers to, by record type. */
export function referencesOf(items: readonly (Claim | Event | Contingent)[], view: View): Refs {
  const refs = empty()
  for (const item of items) {
    if ('evidence' in item) claimRefs(item, refs)
    else if ('date' in item) {
      for (const id of item.actors) refs.actors.add(id)
      for (const id of item.places) refs.places.add(id)
      for (const id of item.claims) refs.claims.add(id)
    } else {
      for (const id of item.places) refs.places.add(id)
      for (const id of item.claims) refs.claims.add(id)
    }
  }
  // An event's attesting claims bring their claimants and sources, so a timeline needs no second call.
  for (const id of refs.claims) {
    const claim = view.query.claim(id)
    if (claim) claimRefs(claim, refs)
  }
  return refs
}

/** The referenced records of the asked types, in id order; ids the view does not know are left out. */
export function included(wanted: readonly Includable[], refs: Refs, view: View): Included {
  const out: Included = {}
  const pick = <T>(ids: Set<string>, get: (id: string) => T | undefined) =>
    [...ids].sort().flatMap((id) => {
      const record = get(id)
      return record === undefined ? [] : [record]
    })
  for (const type of wanted) {
    const ids = refs[type]
    if (type === 'actors') out.actors = pick(ids, view.actor)
    else if (type === 'places') out.places = pick(ids, view.place)
    else if (type === 'sources') out.sources = pick(ids, view.source)
    else if (type === 'claims') out.claims = pick(ids, view.query.claim)
    else if (type === 'events') out.events = pick(ids, view.query.event)
    else out.contingents = pick(ids, view.contingent)
  }
  return out
}

/** A record that `include=` walks from, with its type. */
export type Root =
  | { type: 'claims'; record: Claim }
  | { type: 'actors'; record: Actor }
  | { type: 'places'; record: Place }
  | { type: 'sources'; record: Source }
  | { type: 'contingents'; record: Contingent }

const addAll = (into: Set<string>, ids: Iterable<string>) => {
  for (const id of ids) into.add(id)
}

/**
 * The ids related to these records: those they name, those that name them (what the list filters of /v1/claims,
 * /v1/events and /v1/actors find with their id), then the actors, places, sources and contingents those related
 * claims and events name, and the agencies whose copy the sources carry.
 */
export function relatedOf(roots: readonly Root[], view: View): Refs {
  const refs = empty()
  const { query } = view
  const claims = (filter: Parameters<typeof query.claims>[0]) => query.claims(filter).map((c) => c.id)
  const events = (filter: Parameters<typeof query.events>[0]) => query.events(filter).map((e) => e.id)
  for (const root of roots) {
    const { id } = root.record
    if (root.type === 'claims') {
      const claim = root.record
      claimRefs(claim, refs)
      for (const change of claim.history) {
        if (change.byClaim) refs.claims.add(change.byClaim)
        if (change.bySource) refs.sources.add(change.bySource)
      }
      addAll(
        refs.claims,
        [...claim.related, ...claim.relatedBy].map((r) => r.claim),
      )
      addAll(refs.events, events({ claim: id }))
    } else if (root.type === 'actors') {
      if (root.record.affiliation) refs.actors.add(root.record.affiliation)
      addAll(
        refs.actors,
        query.actors({ affiliation: id }).map((a) => a.id),
      )
      addAll(refs.claims, claims({ involving: id }))
      addAll(refs.events, events({ actor: id }))
    } else if (root.type === 'places') {
      addAll(refs.claims, claims({ place: id }))
      addAll(refs.events, events({ place: id }))
    } else if (root.type === 'sources') {
      addAll(refs.claims, claims({ source: id }))
      refs.sources.add(id)
    } else {
      addAll(refs.places, root.record.places)
      addAll(refs.claims, root.record.claims)
      if (root.record.partOf) refs.contingents.add(root.record.partOf)
    }
  }
  // The names on the related claims and events; not the claims those claims relate to in turn.
  for (const id of refs.claims) {
    const claim = query.claim(id)
    if (claim) claimRefs(claim, refs)
  }
  for (const id of refs.events) {
    const event = query.event(id)
    if (event) {
      addAll(refs.actors, event.actors)
      addAll(refs.places, event.places)
    }
  }
  for (const id of refs.sources) {
    const syndicated = view.source(id)?.syndicates
    if (syndicated) refs.actors.add(syndicated)
  }
  return refs
}

/** Claim filters a record list can count by, one per record type: how many claims `/v1/claims?{name}={id}` finds. */
export type Countable = 'claimant' | 'via' | 'actor' | 'involving' | 'place' | 'source'

/** For each asked filter, the number of claims it finds with the id of each record, zero included. */
export function countsOf(wanted: readonly Countable[], records: readonly { id: string }[], view: View) {
  const out: Partial<Record<Countable, Record<string, number>>> = {}
  for (const name of wanted) {
    const counted: Record<string, number> = {}
    for (const { id } of records) counted[id] = view.query.claims({ [name]: id }).length
    out[name] = counted
  }
  return out
}

/** Claim fields `facets=` can count over the whole match. */
export const facetable = ['status', 'kind', 'claimant', 'quantity', 'topic', 'place', 'source'] as const
export type Facet = (typeof facetable)[number]

/** One value of a facet: how many matching claims have it, and a name (a title for a source) for ids. */
export interface FacetValue {
  value: string
  count: number
  label?: string
}

const valuesOf: Record<Facet, (c: Claim) => readonly string[]> = {
  status: (c) => [c.status],
  kind: (c) => [c.kind],
  claimant: (c) => [c.claimant],
  quantity: (c) => (c.figure ? [c.figure.quantity] : []),
  topic: (c) => c.topics,
  place: (c) => c.places,
  source: (c) => [...new Set(c.evidence.map((e) => e.source))],
}

/** Counts of each value of the asked facets over every matching claim, most frequent first. */
export function facetsOf(wanted: readonly Facet[], claims: readonly Claim[], view: View) {
  const out: Partial<Record<Facet, FacetValue[]>> = {}
  for (const facet of wanted) {
    const counts = new Map<string, number>()
    for (const claim of claims)
      for (const v of valuesOf[facet](claim)) counts.set(v, (counts.get(v) ?? 0) + 1)
    const label =
      facet === 'claimant'
        ? (id: string) => view.actor(id)?.name
        : facet === 'place'
          ? (id: string) => view.place(id)?.name
          : facet === 'source'
            ? (id: string) => view.source(id)?.title
            : () => undefined
    out[facet] = [...counts]
      .map(([value, count]) => {
        const name = label(value)
        return name === undefined ? { value, count } : { value, count, label: name }
      })
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
  }
  return out
}
