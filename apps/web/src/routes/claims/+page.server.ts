import type { ClaimKind, ClaimStatus, QuantityKind, Topic } from '@dprk/data'
import { ClaimKindSchema, ClaimStatusSchema, QuantityKindSchema, TopicSchema } from '@dprk/data/schema'
import { api, fromApi } from '$lib/server/api'
import { lookups, namedClaim } from '$lib/server/lookups'
import type { PageServerLoad } from './$types'

const pick = <T extends string>(value: string | null, options: readonly T[]): T | undefined =>
  value && (options as readonly string[]).includes(value) ? (value as T) : undefined

export const load: PageServerLoad = async ({ fetch, url }) => {
  const client = api(fetch)
  const names = await fromApi(lookups(client))
  const q = url.searchParams.get('q')?.trim() || undefined
  const filters = {
    q,
    quantity: pick<QuantityKind>(url.searchParams.get('quantity'), QuantityKindSchema.options),
    claimant: pick(
      url.searchParams.get('claimant'),
      names.actors.map((a) => a.id),
    ),
    status: pick<ClaimStatus>(url.searchParams.get('status'), ClaimStatusSchema.options),
    kind: pick<ClaimKind>(url.searchParams.get('kind'), ClaimKindSchema.options),
    topic: pick<Topic>(url.searchParams.get('topic'), TopicSchema.options),
    sort: url.searchParams.get('sort') === 'made_on' ? ('made_on' as const) : ('-made_on' as const),
  }
  const cursor = url.searchParams.get('cursor') ?? undefined
  const page = await fromApi(client.claims.list({ ...filters, limit: 30, cursor }))
  // Facet counts over the whole match, so each option says how many claims it would leave.
  const all = await fromApi(client.claims.all({ ...filters }))
  const count = (key: (c: (typeof all)[number]) => string | undefined) => {
    const counts = new Map<string, number>()
    for (const c of all) {
      const k = key(c)
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1)
    }
    return counts
  }
  const claimantCounts = count((c) => c.claimant)
  const next = page.meta.nextCursor ? new URL(url) : undefined
  next?.searchParams.set('cursor', page.meta.nextCursor as string)
  return {
    filters,
    claims: page.data.map((c) => namedClaim(c, names)),
    total: page.meta.total,
    next: next ? `${next.pathname}${next.search}` : undefined,
    first: cursor
      ? `${url.pathname}${url.search.replace(/([?&])cursor=[^&]*&?/, '$1').replace(/[?&]$/, '')}`
      : undefined,
    facets: {
      quantity: QuantityKindSchema.options,
      status: ClaimStatusSchema.options.map((s) => ({ value: s, count: count((c) => c.status).get(s) ?? 0 })),
      kind: ClaimKindSchema.options.map((k) => ({ value: k, count: count((c) => c.kind).get(k) ?? 0 })),
      topic: TopicSchema.options,
      claimants: [...claimantCounts.entries()]
        .map(([id, n]) => ({ id, name: names.actorName(id), count: n }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    },
  }
}
