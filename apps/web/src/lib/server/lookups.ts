import type { Actor, Claim, Place, Source } from '@dprk/data'
import type { api } from './api'

export interface Lookups {
  actor: (id: string) => Actor | undefined
  source: (id: string) => Source | undefined
  place: (id: string) => Place | undefined
  actorName: (id: string) => string
  actors: Actor[]
  sources: Source[]
  places: Place[]
  /** Every claim (current view), for counts and cross-references. */
  claims: Claim[]
}

let cached: { at: number; value: Promise<Lookups> } | undefined
// Names change only with a new dataset release: keep them a minute rather than asking on every page.
const ttlMs = 60_000

/** Actors, sources and places by id, fetched once a minute at most. */
export function lookups(client: ReturnType<typeof api>): Promise<Lookups> {
  if (cached && Date.now() - cached.at < ttlMs) return cached.value
  const value = Promise.all([
    client.actors.all(),
    client.sources.all(),
    client.places.all(),
    client.claims.all(),
  ]).then(([actors, sources, places, claims]) => {
    const a = new Map(actors.map((x) => [x.id, x]))
    const s = new Map(sources.map((x) => [x.id, x]))
    const p = new Map(places.map((x) => [x.id, x]))
    return {
      actor: (id: string) => a.get(id),
      source: (id: string) => s.get(id),
      place: (id: string) => p.get(id),
      actorName: (id: string) => a.get(id)?.name ?? id,
      actors,
      sources,
      places,
      claims,
    }
  })
  cached = { at: Date.now(), value }
  value.catch(() => {
    cached = undefined
  })
  return value
}

/** A claim with the names a page shows beside its ids. */
export function namedClaim(claim: Claim, names: Lookups) {
  return {
    ...claim,
    claimantName: names.actorName(claim.claimant),
    viaNames: claim.via.map(names.actorName),
  }
}
export type NamedClaim = ReturnType<typeof namedClaim>
