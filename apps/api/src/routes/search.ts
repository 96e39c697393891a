import { type Endpoint, endpoint } from '../endpoint.ts'
import { jsonPage } from '../list.ts'
import { SearchQuery } from '../params.ts'
import { pageOf, SearchHitSchema } from '../schemas.ts'
import type { Store } from '../store.ts'

const plural = {
  claim: 'claims',
  event: 'events',
  source: 'sources',
  actor: 'actors',
  place: 'places',
  contingent: 'contingents',
}

export function searchRoutes(store: Store): Endpoint[] {
  const search = endpoint({
    path: '/v1/search',
    operationId: 'search',
    tag: 'Search',
    summary: 'Search every record type',
    description:
      'Full-text search (the same index as `@dprk/data/search`): every word of `q` must match, by prefix or, for words over four letters, within a small edit distance; when no record has them all, the best partial matches. Ranked by BM25: actors, places and waves named outrank the claims that name them; names above statements and titles, those above quotes. `terms` lists the matched words for highlighting.',
    query: SearchQuery,
    formats: ['json'],
    response: { schema: pageOf(SearchHitSchema, 'SearchPage'), description: 'Ranked hits' },
    build(ctx) {
      const hits = store
        .at(undefined, ctx.lang)
        .query.search(ctx.query.q)
        .map((hit) => ({ ...hit, url: `/v1/${plural[hit.type]}/${hit.id}` }))
      return jsonPage(ctx, hits)
    },
  })
  return [search]
}
