import type { Actor, Claim, Contingent, Event, Place, Source } from '@dprk/data'
import type { View } from './store.ts'

/** Record types a list can side-load with `include=`, each holding only what the page refers to. */
export const includable = ['actors', 'places', 'sources', 'claims', 'contingents'] as const
export type Includable = (typeof includable)[number]

export interface Included {
  actors?: Actor[]
  places?: Place[]
  sources?: Source[]
  claims?: Claim[]
  contingents?: Contingent[]
}

type Refs = Record<Includable, Set<string>>

const empty = (): Refs => ({
  actors: new Set(),
  places: new Set(),
  sources: new Set(),
  claims: new Set(),
  contingents: new Set(),
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
    else out.contingents = pick(ids, view.contingent)
  }
  return out
}

/** Claim fields `facets=` can count over the whole match. */
export const facetable = ['status', 'kind', 'claimant', 'quantity', 'topic', 'place'] as const
export type Facet = (typeof facetable)[number]

/** One value of a facet: how many matching claims have it, and a name for ids. */
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
