/** @module A claim with the names a page shows beside its ids. */
import type { Claim, ClaimKind, Topic } from '@dprk/data'
import { m } from '$lib/paraglide/messages'

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

const claimKindWords: Record<ClaimKind, () => string> = {
  report: m.claims_kind_report,
  estimate: m.claims_kind_estimate,
  'official-statement': m.claims_kind_official_statement,
  denial: m.claims_kind_denial,
  analysis: m.claims_kind_analysis,
}

/** "official statement": a claim's kind in the page's language. */
export const claimKindInWords = (kind: ClaimKind): string => claimKindWords[kind]()

const topicWords: Record<Topic, () => string> = {
  treaty: m.claims_topic_treaty,
  deployment: m.claims_topic_deployment,
  combat: m.claims_topic_combat,
  casualties: m.claims_topic_casualties,
  prisoners: m.claims_topic_prisoners,
  confirmation: m.claims_topic_confirmation,
  withdrawal: m.claims_topic_withdrawal,
  reinforcement: m.claims_topic_reinforcement,
  engineers: m.claims_topic_engineers,
  'weapons-supply': m.claims_topic_weapons_supply,
  memorial: m.claims_topic_memorial,
  diplomacy: m.claims_topic_diplomacy,
  strategy: m.claims_topic_strategy,
  workers: m.claims_topic_workers,
  'russian-support': m.claims_topic_russian_support,
  denial: m.claims_topic_denial,
}

/** "weapons supply": a topic of claims and events in the page's language. */
export const topicInWords = (topic: Topic): string => topicWords[topic]()

const mark = '\u0000'

/**
 * A sentence holding a link, split around it, so each language keeps its own word order:
 * `aroundLink((link) => m.claims_see_waves({ link }))` → ["See the ", "."], the link going between.
 */
export function aroundLink(sentence: (link: string) => string): [string, string] {
  const [before = '', after = ''] = sentence(mark).split(mark)
  return [before, after]
}
