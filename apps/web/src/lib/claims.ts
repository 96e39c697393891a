/** @module A claim with the names a page shows beside its ids. */
import type { Claim } from '@dprk/data'

/** A claim with its claimant's and relays' names, as claim cards show it. */
export type NamedClaim = Claim & { claimantName: string; viaNames: string[] }

/** The claim with names from `nameOf`, which falls back to the id for an actor it does not know. */
export function namedClaim(claim: Claim, nameOf: (id: string) => string): NamedClaim {
  return { ...claim, claimantName: nameOf(claim.claimant), viaNames: claim.via.map(nameOf) }
}

/** A name lookup over some records: the record's name, else its id. */
export function namesOf(records: readonly { id: string; name: string }[] | undefined) {
  const names = new Map((records ?? []).map((r) => [r.id, r.name]))
  return (id: string) => names.get(id) ?? id
}
