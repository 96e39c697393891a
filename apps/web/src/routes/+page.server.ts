import type { Estimate } from '@dprk/api/client'
import { compareSpan, type QuantityKind } from '@dprk/data'
import { namedClaim, namesOf } from '$lib/claims'
import { quantityInWords } from '$lib/format'
import { api, fromApi } from '$lib/server/api'
import { byId } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

const headline: QuantityKind[] = [
  'troops-sent',
  'casualties',
  'killed',
  'captured',
  'artillery-shells-supplied',
]

/** The smallest and largest number a set of estimates states, ignoring vague ones. */
function spread(rows: Estimate[]) {
  const values = rows.flatMap((r) => [r.value, r.low, r.high].filter((v): v is number => v !== undefined))
  return values.length > 0 ? { min: Math.min(...values), max: Math.max(...values) } : undefined
}

export const load: PageServerLoad = async ({ fetch, parent }) => {
  // One call: the headline series, the official confirmations with their claimants, and every event.
  const overview = await fromApi(api(fetch).overview({ quantity: headline }))
  const figures = headline.map((kind, i) => {
    const rows = overview.series[i]?.data ?? []
    // Each claimant's most recent estimate that still stands: the disagreement at a glance.
    const standing = rows.filter((r) => !['superseded', 'retracted', 'denied'].includes(r.status))
    const byClaimant = new Map<string, Estimate>()
    for (const row of [...standing].sort((a, b) => compareSpan(a.asOfSpan, b.asOfSpan))) {
      byClaimant.set(row.claimant.id, row)
    }
    const latest = [...byClaimant.values()].sort((a, b) => compareSpan(b.asOfSpan, a.asOfSpan))
    return {
      kind,
      label: quantityInWords(kind),
      count: rows.length,
      claimantCount: byClaimant.size,
      spread: spread(latest),
      latest: latest.slice(0, 3),
    }
  })
  // Where Moscow and Pyongyang stand: the first official confirmation by a body of each.
  const actors = byId(overview.included.actors)
  const nameOf = namesOf(overview.included.actors)
  const confirmedBy = (country: string) =>
    overview.confirmations.find((c) => actors.get(c.claimant)?.country === country)
  // The layout asks for the dataset anyway; its counts need no call of their own.
  const { dataset } = await parent()
  return {
    figures,
    confirmations: [
      // ISO codes: the page names them in its language.
      { country: 'RU', claim: confirmedBy('RU') },
      { country: 'KP', claim: confirmedBy('KP') },
    ].map(({ country, claim }) => ({ country, claim: claim && namedClaim(claim, nameOf) })),
    events: overview.events.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      date: e.date,
      dateSpan: e.dateSpan,
    })),
    counts: dataset?.counts && {
      claims: dataset.counts.claims,
      sources: dataset.counts.sources,
      events: overview.events.length,
    },
  }
}
