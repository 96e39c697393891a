import type { ClaimKind, ClaimStatus, QuantityKind, Topic } from '@dprk/data'
import {
  ClaimKindSchema,
  ClaimStatusSchema,
  IdSchema,
  QuantityKindSchema,
  TopicSchema,
} from '@dprk/data/schema'
import { namedClaim, namesOf } from '$lib/claims'
import { getLocale } from '$lib/paraglide/runtime'
import { api, fromApi } from '$lib/server/api'
import type { PageServerLoad } from './$types'

const pick = <T extends string>(value: string | null, options: readonly T[]): T | undefined =>
  value && (options as readonly string[]).includes(value) ? (value as T) : undefined

export const load: PageServerLoad = async ({ fetch, url }) => {
  const q = url.searchParams.get('q')?.trim() || undefined
  const claimant = url.searchParams.get('claimant')
  const filters = {
    q,
    quantity: pick<QuantityKind>(url.searchParams.get('quantity'), QuantityKindSchema.options),
    // Any well-formed id goes to the API: one nobody uses simply matches nothing.
    claimant: claimant && IdSchema.safeParse(claimant).success ? claimant : undefined,
    status: pick<ClaimStatus>(url.searchParams.get('status'), ClaimStatusSchema.options),
    kind: pick<ClaimKind>(url.searchParams.get('kind'), ClaimKindSchema.options),
    topic: pick<Topic>(url.searchParams.get('topic'), TopicSchema.options),
    sort: url.searchParams.get('sort') === 'made_on' ? ('made_on' as const) : ('-made_on' as const),
  }
  // An empty cursor (a hand-edited address) is the first page, not a 400.
  const cursor = url.searchParams.get('cursor') || undefined
  // One call: the page, the names it shows, and counts over the whole match so each option says what it leaves.
  const page = await fromApi(
    api(fetch).claims.list({
      ...filters,
      limit: 30,
      cursor,
      include: ['actors'],
      facets: ['status', 'kind', 'claimant'],
    }),
  )
  const facets = page.meta.facets ?? {}
  const countOf = (facet: string, value: string) => facets[facet]?.find((f) => f.value === value)?.count ?? 0
  const nameOf = namesOf(page.included?.actors)
  const next = page.meta.nextCursor ? new URL(url) : undefined
  next?.searchParams.set('cursor', page.meta.nextCursor as string)
  return {
    filters,
    claims: page.data.map((c) => namedClaim(c, nameOf)),
    total: page.meta.total,
    next: next ? `${next.pathname}${next.search}` : undefined,
    first: cursor
      ? `${url.pathname}${url.search.replace(/([?&])cursor=[^&]*&?/, '$1').replace(/[?&]$/, '')}`
      : undefined,
    facets: {
      quantity: QuantityKindSchema.options,
      status: ClaimStatusSchema.options.map((s) => ({ value: s, count: countOf('status', s) })),
      kind: ClaimKindSchema.options.map((k) => ({ value: k, count: countOf('kind', k) })),
      topic: TopicSchema.options,
      claimants: (facets.claimant ?? [])
        .map((f) => ({ id: f.value, name: f.label ?? f.value, count: f.count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, getLocale())),
    },
  }
}
