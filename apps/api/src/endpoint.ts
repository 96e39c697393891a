import { type Language, languages } from '@dprk/data'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { z } from 'zod'
import { negotiateLanguage } from './http/language.ts'
import { type Memo, memoKey } from './http/memo.ts'
import { CursorError } from './http/page.ts'
import { problem } from './http/problem.ts'
import type { Guard } from './http/rate-limit.ts'
import { represent, send } from './http/representation.ts'
import { parseQuery } from './params.ts'
import { FeatureCollectionSchema, ProblemSchema } from './schemas.ts'

/** Response formats and their media types; the first a route lists is its default. */
export const mediaTypes = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8; header=present',
  geojson: 'application/geo+json',
  jsonld: 'application/ld+json',
  feed: 'application/feed+json',
  atom: 'application/atom+xml',
} as const
export type Format = keyof typeof mediaTypes

/** The dataset never changes while the process runs, so responses may be cached and reused for a while. */
export const cacheControl = 'public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800'

// What every answer of a route varies by: its format, its coding and its language.
const vary = 'Accept, Accept-Encoding, Accept-Language'
const languageHeaders = {} as Record<Language, Record<string, string>>
for (const lang of languages) languageHeaders[lang] = { Vary: vary, 'Content-Language': lang }

/** What a route's builder returns: a body to serialise once, or a problem. */
export type Built = { text: string; headers?: Record<string, string> } | Response

export interface BuildContext<Q, P extends string = never> {
  c: Context
  query: Q
  /** The path parameters, by name. */
  params: Record<P, string>
  format: Format
  /** The language asked for: the `lang` parameter, else the Accept-Language header, else English. */
  lang: Language
  /** Path and query, for cursors and links. */
  key: string
  base: string
}

type ParamNames<P> = P extends z.ZodObject ? Extract<keyof P['shape'], string> : never

/** A route's query schema: strict, with the `lang` parameter every route takes (`language` in params.ts). */
export type QuerySchema = z.ZodType<{ lang?: Language | undefined }>

export interface EndpointSpec<Q extends QuerySchema, P extends z.ZodObject | undefined = undefined> {
  /** OpenAPI path, e.g. `/v1/claims/{id}`. */
  path: string
  operationId: string
  summary: string
  description: string
  tag: string
  query: Q
  params?: P
  formats: [Format, ...Format[]]
  /** Schema and example of the JSON body. */
  response: { schema: z.ZodType; example?: unknown; description: string }
  notFound?: boolean
  build(ctx: BuildContext<z.output<Q>, ParamNames<P>>): Built
}

/** A route ready to mount, its own query and parameter types sealed inside. */
export interface Endpoint {
  readonly path: string
  readonly tag: string
  mount(app: OpenAPIHono, cache: Memo, base: string, guard: Guard): void
}

/** Declares a route: its builder sees its query and path parameters typed, the app sees one `Endpoint`. */
export function endpoint<Q extends QuerySchema, P extends z.ZodObject | undefined = undefined>(
  spec: EndpointSpec<Q, P>,
): Endpoint {
  return {
    path: spec.path,
    tag: spec.tag,
    mount: (app, cache, base, guard) => mount(app, spec, cache, base, guard),
  }
}

/** Picks the format: the `format` parameter wins, then the Accept header by quality; null when nothing fits. */
export function negotiate(param: string | undefined, accept: string | undefined, allowed: readonly Format[]) {
  if (param) return allowed.includes(param as Format) ? (param as Format) : null
  if (!accept) return allowed[0] as Format
  const ranges = accept
    .split(',')
    .map((part, i) => {
      const [type = '', ...rest] = part.trim().toLowerCase().split(';')
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { type: type.trim(), q: q ? Number(q.slice(2)) : 1, i }
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
  for (const { type } of ranges) {
    if (type === '*/*' || type === 'application/*') return allowed[0] as Format
    const hit = allowed.find((f) => mediaTypes[f].split(';')[0] === type)
    if (hit) return hit
    if (type === 'text/*' && allowed.includes('csv')) return 'csv'
  }
  return null
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
})

/** Registers the route in the OpenAPI document and serves it with validated, memoised, cached responses. */
function mount<Q extends QuerySchema, P extends z.ZodObject | undefined>(
  app: OpenAPIHono,
  spec: EndpointSpec<Q, P>,
  cache: Memo,
  base: string,
  guard: Guard,
) {
  const content: Record<string, { schema: unknown; example?: unknown }> = {}
  for (const format of spec.formats) {
    content[mediaTypes[format].split(';')[0] as string] =
      format === 'json' || format === 'jsonld' || format === 'feed'
        ? {
            schema: format === 'json' ? spec.response.schema : z.looseObject({}),
            ...(format === 'json' && spec.response.example !== undefined
              ? { example: spec.response.example }
              : {}),
          }
        : { schema: format === 'geojson' ? FeatureCollectionSchema : z.string() }
  }
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: spec.path,
    operationId: spec.operationId,
    summary: spec.summary,
    description: spec.description,
    tags: [spec.tag],
    request: { query: spec.query as unknown as z.ZodObject, ...(spec.params ? { params: spec.params } : {}) },
    responses: {
      200: {
        description: spec.response.description,
        headers: {
          ETag: { description: 'Strong validator of this representation', schema: { type: 'string' } },
          'Cache-Control': { description: cacheControl, schema: { type: 'string' } },
          'Content-Language': {
            description:
              'The language of the translated text: the lang parameter, else the first of en, ko, uk in Accept-Language by quality, else en',
            schema: { type: 'string', enum: [...languages] },
          },
          Vary: { description: vary, schema: { type: 'string' } },
        },
        content: content as never,
      },
      304: { description: 'Not modified: the If-None-Match ETag is current' },
      400: problemResponse('A parameter is unknown, repeated or invalid; `errors` says which and why'),
      ...(spec.notFound ? { 404: problemResponse('No record with that id') } : {}),
      406: problemResponse('None of the formats in Accept is available here'),
      429: problemResponse('Too many requests from this client; retry after Retry-After seconds'),
    },
  })

  const honoPath = spec.path.replace(/\{(\w+)\}/g, ':$1')
  // One synchronous handler per route, the limiter wrapped around it: no middleware chain, no promise on a hit.
  app.get(
    honoPath,
    guard((c) => {
      const url = c.req.url
      const at = url.indexOf('?')
      const search = at < 0 ? '' : url.slice(at)
      const accept = c.req.header('Accept')
      const acceptLanguage = c.req.header('Accept-Language')
      // The target as sent (origin-form), so the Node listener finds the same entry from the raw request line.
      const cacheKey = memoKey(url.slice(url.indexOf('/', url.indexOf('//') + 2)), accept, acceptLanguage)
      const hit = cache.get(cacheKey)
      if (hit) return send(c, hit)

      const parsed = parseQuery(spec.query, search)
      if (!parsed.ok) {
        const names = parsed.errors.map((e) => e.parameter).join(', ')
        return problem(c, 400, `Check the parameters: ${names}.`, { errors: parsed.errors })
      }
      const query = parsed.value as z.output<Q> & { format?: string }
      const lang = query.lang ?? negotiateLanguage(acceptLanguage)
      const format = negotiate(query.format, accept, spec.formats)
      if (!format) {
        const offered = spec.formats.map((f) => mediaTypes[f].split(';')[0]).join(', ')
        return problem(c, 406, `This resource is available as ${offered}.`)
      }
      let built: Built
      try {
        // Hono matched the route's own pattern, so every declared parameter is there.
        const params = c.req.param() as Record<ParamNames<P>, string>
        built = spec.build({ c, query, params, format, lang, key: cursorKey(c.req.path, query, lang), base })
      } catch (error) {
        if (error instanceof CursorError) {
          return problem(c, 400, 'Check the parameters: cursor.', {
            errors: [{ parameter: 'cursor', detail: error.message }],
          })
        }
        throw error
      }
      if (built instanceof Response) return built
      const headers = built.headers ? { ...built.headers, ...languageHeaders[lang] } : languageHeaders[lang]
      const rep = represent(mediaTypes[format], built.text, cacheControl, headers)
      cache.set(cacheKey, rep)
      return send(c, rep)
    }),
  )
}

/**
 * What a cursor belongs to: the path, the parsed filters in a fixed order (without paging, format, side-loads or counts) and
 * the language, however it was asked for (search ranks differ by language). Parsed, not raw, so `limit=050`, a
 * default limit and a reordered query all keep the same cursor.
 */
function cursorKey(path: string, query: Record<string, unknown>, lang: Language): string {
  const filters = Object.entries(query)
    .filter(
      ([name, value]) =>
        value !== undefined &&
        !['cursor', 'format', 'limit', 'include', 'facets', 'counts', 'lang'].includes(name),
    )
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .sort()
  return `${path}?${filters.join('&')}|${lang}`
}
