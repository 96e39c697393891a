import type { EndpointSpec } from '../endpoint.ts'
import { jsonPage } from '../list.ts'
import { SearchQuery } from '../params.ts'
import { pageOf, SearchHitSchema } from '../schemas.ts'
import type { Store } from '../store.ts'

type HitType = 'claim' | 'event' | 'source' | 'actor' | 'place'
interface Doc {
  type: HitType
  id: string
  title: string
  /** Lower-cased text fields, strongest first. */
  fields: string[]
  url: string
}

// Earlier fields weigh more: a match in a name beats one in a quote.
const fieldWeights = [8, 4, 2, 1]

function score(doc: Doc, terms: string[]): number {
  let total = 0
  for (const term of terms) {
    let best = 0
    doc.fields.forEach((field, i) => {
      const at = field.indexOf(term)
      if (at < 0) return
      const weight = fieldWeights[Math.min(i, fieldWeights.length - 1)] as number
      const wordStart = at === 0 || !/\p{L}|\p{N}/u.test(field[at - 1] as string)
      best = Math.max(best, weight * (wordStart ? 2 : 1) * (field === term ? 2 : 1))
    })
    if (best === 0) return 0 // every term must match somewhere
    total += best
  }
  return total
}

export function searchRoutes(store: Store): EndpointSpec<never>[] {
  const { dataset } = store.current
  const lower = (...texts: (string | undefined)[]) => texts.map((t) => (t ?? '').toLowerCase())
  const docs: Doc[] = [
    ...dataset.claims.map((c) => ({
      type: 'claim' as const,
      id: c.id,
      title: c.statement,
      fields: lower(c.statement, c.figure?.wording, c.id, c.evidence.map((e) => e.quote ?? '').join(' ')),
      url: `/v1/claims/${c.id}`,
    })),
    ...dataset.events.map((e) => ({
      type: 'event' as const,
      id: e.id,
      title: e.title,
      fields: lower(e.title, e.summary, e.id),
      url: `/v1/events/${e.id}`,
    })),
    ...dataset.actors.map((a) => ({
      type: 'actor' as const,
      id: a.id,
      title: a.name,
      fields: lower(a.name, a.aliases.join(' '), a.id, a.role),
      url: `/v1/actors/${a.id}`,
    })),
    ...dataset.places.map((p) => ({
      type: 'place' as const,
      id: p.id,
      title: p.name,
      fields: lower(p.name, p.id),
      url: `/v1/places/${p.id}`,
    })),
    ...dataset.sources.map((s) => ({
      type: 'source' as const,
      id: s.id,
      title: s.title,
      fields: lower(s.title, s.publisher, s.id),
      url: `/v1/sources/${s.id}`,
    })),
  ]
  const search: EndpointSpec<typeof SearchQuery> = {
    path: '/v1/search',
    operationId: 'search',
    tag: 'Search',
    summary: 'Search every record type',
    description:
      'Records containing every word of `q`, best first: a match in a name or statement outranks one in a quote, a match at the start of a word outranks one inside it.',
    query: SearchQuery,
    formats: ['json'],
    response: { schema: pageOf(SearchHitSchema, 'SearchPage'), description: 'Ranked hits' },
    build(ctx) {
      const terms = ctx.query.q.toLowerCase().split(/\s+/).filter(Boolean)
      const hits = docs
        .map((doc) => ({ doc, score: score(doc, terms) }))
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score || (a.doc.id < b.doc.id ? -1 : 1))
        .map(({ doc, score }) => ({ type: doc.type, id: doc.id, title: doc.title, score, url: doc.url }))
      return jsonPage(ctx, hits)
    },
  }
  return [search] as unknown as EndpointSpec<never>[]
}
