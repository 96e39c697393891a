import type { Estimate } from '@dprk/api/client'
import type { QuantityKind } from '@dprk/data'
import { api, fromApi } from '$lib/server/api'
import { lookups, namedClaim } from '$lib/server/lookups'
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

export const load: PageServerLoad = async ({ fetch }) => {
  const client = api(fetch)
  const [kinds, series, confirmations, events, names] = await fromApi(
    Promise.all([
      client.quantityKinds(),
      Promise.all(headline.map((kind) => client.estimates(kind))),
      client.claims.list({
        topic: 'confirmation',
        status: 'officially-confirmed',
        sort: 'made_on',
        limit: 100,
      }),
      client.events.all(),
      lookups(client),
    ]),
  )
  const figures = headline.map((kind, i) => {
    const rows = series[i]?.data ?? []
    // Each claimant's most recent estimate that still stands: the disagreement at a glance.
    const standing = rows.filter((r) => !['superseded', 'retracted', 'denied'].includes(r.status))
    const byClaimant = new Map<string, Estimate>()
    for (const row of [...standing].sort((a, b) =>
      (a.asOfSpan.earliest ?? '').localeCompare(b.asOfSpan.earliest ?? ''),
    )) {
      byClaimant.set(row.claimant.id, row)
    }
    const latest = [...byClaimant.values()].sort((a, b) =>
      (b.asOfSpan.earliest ?? '').localeCompare(a.asOfSpan.earliest ?? ''),
    )
    const info = kinds.data.find((k) => k.id === kind)
    return {
      kind,
      label: info?.label ?? kind,
      count: rows.length,
      claimantCount: byClaimant.size,
      spread: spread(latest),
      latest: latest.slice(0, 3),
    }
  })
  // Where Moscow and Pyongyang stand: the first official confirmation by a body of each.
  const confirmedBy = (country: string) =>
    confirmations.data.find((c) => names.actor(c.claimant)?.country === country)
  return {
    figures,
    confirmations: [
      { country: 'Russia', claim: confirmedBy('RU') },
      { country: 'North Korea', claim: confirmedBy('KP') },
    ].map(({ country, claim }) => ({ country, claim: claim && namedClaim(claim, names) })),
    events: events.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      date: e.date,
      dateSpan: e.dateSpan,
    })),
    counts: { claims: names.claims.length, sources: names.sources.length, events: events.length },
  }
}
