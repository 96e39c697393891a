/** @module A typed client for the API: plain fetch, no dependencies, errors as RFC 9457 problems. */
import type { Actor, Claim, Contingent, Event, Language, Place, QuantityKind, Source } from '@dprk/data'
import type { z } from 'zod'
import type {
  ActorsQuery,
  ClaimsQuery,
  ContingentsQuery,
  EstimatesQuery,
  EventsQuery,
  OneActorQuery,
  OneClaimQuery,
  OneContingentQuery,
  OnePlaceQuery,
  OneSourceQuery,
  OverviewQuery,
  PlacesQuery,
  SearchQuery,
  SourcesQuery,
} from './params.ts'
import type {
  ClaimDetailSchema,
  CountsSchema,
  DatasetInfoSchema,
  EstimateSchema,
  FacetsSchema,
  HealthSchema,
  IncludedSchema,
  OverviewSchema,
  ProblemSchema,
  QuantityKindInfoSchema,
  SearchHitSchema,
} from './schemas.ts'

export type Problem = z.infer<typeof ProblemSchema>
export type ClaimDetail = z.infer<typeof ClaimDetailSchema>
export type Estimate = z.infer<typeof EstimateSchema>
export type QuantityKindInfo = z.infer<typeof QuantityKindInfoSchema>
export type SearchHit = z.infer<typeof SearchHitSchema>
export type DatasetInfo = z.infer<typeof DatasetInfoSchema>
export type Health = z.infer<typeof HealthSchema>
/** Records a page refers to, when asked for with `include`. */
export type Included = z.infer<typeof IncludedSchema>
/** Counts over the whole match, when asked for with `facets`. */
export type Facets = z.infer<typeof FacetsSchema>
/** Claims counted by each record of a page, when asked for with `counts`. */
export type Counts = z.infer<typeof CountsSchema>
/** The front page of the dataset in one answer. */
export type Overview = z.infer<typeof OverviewSchema>
/** A page of a list: `meta.nextCursor` fetches the next one. */
export interface Page<T> {
  data: T[]
  meta: { total: number; limit: number; nextCursor: string | null; facets?: Facets; counts?: Counts }
  included?: Included
}
/** One record, with what `include` side-loads. */
export type WithIncluded<T> = T & { included?: Included }

// Side-loads and counts are lists of names (sent comma-separated), limits numbers.
type ListNames = 'include' | 'facets' | 'counts' | 'quantity'
type Lists<T extends z.ZodType> = {
  [K in ListNames as K extends keyof z.output<T> ? K : never]?: z.output<T>[K & keyof z.output<T>]
}
type Params<T extends z.ZodType> = Omit<z.input<T>, 'format' | 'limit' | ListNames> & {
  limit?: number
} & Lists<T>
export type ClaimsParams = Params<typeof ClaimsQuery>
export type EventsParams = Params<typeof EventsQuery>
export type EstimatesParams = Params<typeof EstimatesQuery>
export type SearchParams = Params<typeof SearchQuery>
export type ActorsParams = Params<typeof ActorsQuery>
export type PlacesParams = Params<typeof PlacesQuery>
export type SourcesParams = Params<typeof SourcesQuery>
export type ContingentsParams = Params<typeof ContingentsQuery>
export type OverviewParams = Params<typeof OverviewQuery>
export type OneClaimParams = Params<typeof OneClaimQuery>

/** A non-2xx answer, with the problem details the API sent. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`${status} ${problem.title}: ${problem.detail}`)
    this.name = 'ApiError'
  }
}

export type { Language }

export interface ClientOptions {
  /** The fetch to use, e.g. SvelteKit's load `fetch`. */
  fetch?: typeof globalThis.fetch
  /**
   * The language of the answers' translated text (`en`, `ko` or `uk`), sent as `lang=` on every call; a call's own
   * `lang` wins. Untranslated records stay in English, and errors' problem details are always in English. Without
   * it the server picks the language from the Accept-Language header, which a browser sends by itself.
   */
  lang?: Language
}

/**
 * Creates a client for the API at `baseUrl`, optionally reading it in one language.
 * @example
 * const api = createClient('http://127.0.0.1:8787')
 * const { data } = await api.estimates('killed')
 * const nis = await api.claims.all({ claimant: 'rok-nis' }) // every page, following the cursor
 * const place = await api.places.get('sudzha', { include: ['claims', 'events'] }) // and what names it
 * const ko = createClient('http://127.0.0.1:8787', { lang: 'ko' })
 * const { statement } = await ko.claims.get('nis-special-forces-vladivostok-2024-10') // in Korean, where translated
 */
export function createClient(baseUrl: string, options: ClientOptions = {}) {
  const doFetch = options.fetch ?? globalThis.fetch
  const lang = options.lang
  const root = baseUrl.replace(/\/$/, '')

  /** Fetches a URL (path + query) and returns it parsed, or throws ApiError. */
  async function get<T>(path: string, query?: object, accept = 'application/json'): Promise<T> {
    const search = new URLSearchParams()
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) search.set(name, String(value))
    }
    if (lang && !search.has('lang')) search.set('lang', lang)
    const url = `${root}${path}${search.size > 0 ? `?${search}` : ''}`
    const res = await doFetch(url, { headers: { Accept: accept } })
    if (!res.ok) {
      const body = await res.json().catch(() => undefined)
      const problem = (body ?? {
        type: 'about:blank',
        title: res.statusText,
        status: res.status,
        detail: url,
        instance: path,
      }) as Problem
      throw new ApiError(res.status, problem)
    }
    return (accept === 'text/csv' ? res.text() : res.json()) as Promise<T>
  }

  /** Every record of a list, fetched page by page (of `limit`, the route's largest) with the cursor. */
  async function every<T>(path: string, query: object, limit = 100): Promise<T[]> {
    const all: T[] = []
    let cursor: string | undefined
    do {
      const page: Page<T> = await get(path, { ...query, limit, cursor })
      all.push(...page.data)
      cursor = page.meta.nextCursor ?? undefined
    } while (cursor)
    return all
  }

  // Pages of records hold up to 500, so `all()` is one call.
  const records = <T, L extends object, O extends z.ZodType>(plural: string) => ({
    list: (query: L = {} as L) => get<Page<T>>(`/v1/${plural}`, query),
    get: (id: string, query: Params<O> = {} as Params<O>) =>
      get<WithIncluded<T>>(`/v1/${plural}/${encodeURIComponent(id)}`, query),
    all: () => every<T>(`/v1/${plural}`, {}, 500),
    csv: () => get<string>(`/v1/${plural}`, {}, 'text/csv'),
  })

  return {
    health: () => get<Health>('/health'),
    dataset: () => get<DatasetInfo>('/v1/dataset'),
    overview: (query: OverviewParams = {}) => get<Overview>('/v1/overview', query),
    claims: {
      list: (query: ClaimsParams = {}) => get<Page<Claim>>('/v1/claims', query),
      get: (id: string, query: OneClaimParams = {}) =>
        get<ClaimDetail>(`/v1/claims/${encodeURIComponent(id)}`, query),
      all: (query: Omit<ClaimsParams, 'limit' | 'cursor'> = {}) => every<Claim>('/v1/claims', query),
      csv: (query: Omit<ClaimsParams, 'limit' | 'cursor'> = {}) =>
        get<string>('/v1/claims', query, 'text/csv'),
    },
    events: {
      list: (query: EventsParams = {}) => get<Page<Event>>('/v1/events', query),
      get: (id: string, query: { as_of?: string; lang?: Language } = {}) =>
        get<Event>(`/v1/events/${encodeURIComponent(id)}`, query),
      all: (query: Omit<EventsParams, 'limit' | 'cursor'> = {}) => every<Event>('/v1/events', query),
    },
    quantityKinds: () => get<{ data: QuantityKindInfo[] }>('/v1/quantity-kinds'),
    estimates: (kind: QuantityKind, query: EstimatesParams = {}) =>
      get<Page<Estimate>>(`/v1/estimates/${kind}`, { limit: 100, ...query }),
    actors: records<Actor, ActorsParams, typeof OneActorQuery>('actors'),
    places: records<Place, PlacesParams, typeof OnePlaceQuery>('places'),
    sources: records<Source, SourcesParams, typeof OneSourceQuery>('sources'),
    contingents: records<Contingent, ContingentsParams, typeof OneContingentQuery>('contingents'),
    search: (query: SearchParams) => get<Page<SearchHit>>('/v1/search', query),
  }
}

export type Client = ReturnType<typeof createClient>
