/** @module The API as one Hono app that runs unchanged on Node and on Cloudflare Workers. */
import { type Dataset, dataset as embedded } from '@dprk/data'
import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { docsInit, docsInitPath, docsPage, docsScriptPath } from './docs.ts'
import type { Endpoint } from './endpoint.ts'
import { completeHead, responseHeaders } from './http/edge.ts'
import { createMemo, type Memo } from './http/memo.ts'
import { problem } from './http/problem.ts'
import { createRateLimiter, limitedBy, type RateVerdict } from './http/rate-limit.ts'
import { type Representation, represent, send } from './http/representation.ts'
import { aboutRoutes } from './routes/about.ts'
import { claimRoutes } from './routes/claims.ts'
import { estimateRoutes } from './routes/estimates.ts'
import { eventRoutes } from './routes/events.ts'
import { overviewRoutes } from './routes/overview.ts'
import { actorPlaceSourceRoutes } from './routes/records.ts'
import { searchRoutes } from './routes/search.ts'
import { createStore } from './store.ts'

export interface AppOptions {
  /** The dataset to serve; the embedded one by default (benchmarks pass a synthetic one). */
  dataset?: Dataset
  /** Per-client limit; `false` turns it off. Default: 1,200 requests a minute. */
  rateLimit?: { limit: number; windowSeconds: number } | false
  /** Identifies the client for the rate limiter. Default: the X-Forwarded-For / CF-Connecting-IP header, else "anonymous". */
  clientKey?: (c: Context) => string
  /** How many distinct responses to keep serialised. Default 4,096. */
  cacheEntries?: number
  /**
   * The public origin absolute links are made from (e.g. https://api.example.org). Without it links are relative:
   * never taken from a request's Host, which a client controls and a shared cache would keep.
   */
  publicUrl?: string
  /**
   * The reference UI's script (`@scalar/api-reference`'s standalone build), when this runtime serves it itself:
   * Node reads it from `dist/assets`; on Workers the platform serves that folder as static assets.
   */
  docsScript?: Uint8Array
}

const allowed = 'GET, HEAD, OPTIONS'

const defaultClientKey = (c: Context) =>
  c.req.header('CF-Connecting-IP') ?? c.req.header('X-Forwarded-For')?.split(',')[0]?.trim() ?? 'anonymous'

/** Builds the API over an immutable dataset: indexes, bodies and ETags are made once and reused. */
export function createApp(options: AppOptions = {}) {
  return createApi(options).app
}

/** The app and what a runtime may share with it: the memo of serialised answers and the limiter. */
export interface Api {
  app: ReturnType<typeof buildApp>
  memo: Memo
  limiter: ((client: string) => RateVerdict) | undefined
}

/** Like `createApp`, with the memo and the limiter, for a runtime that answers memoised requests itself (Node). */
export function createApi(options: AppOptions = {}): Api {
  const memo = createMemo(options.cacheEntries ?? 4096)
  const limiter =
    options.rateLimit === false
      ? undefined
      : createRateLimiter(options.rateLimit ?? { limit: 1200, windowSeconds: 60 })
  return { app: buildApp(options, memo, limiter), memo, limiter }
}

function buildApp(options: AppOptions, cache: Memo, limiter: Api['limiter']) {
  const store = createStore(options.dataset ?? embedded)
  const app = new OpenAPIHono()
  // No global middleware: each route is one handler with the limiter wrapped around it, answered synchronously.
  const guard = limitedBy(limiter, options.clientKey ?? defaultClientKey)

  const endpoints: Endpoint[] = [
    ...aboutRoutes(store),
    ...overviewRoutes(store),
    ...claimRoutes(store),
    ...eventRoutes(store),
    ...estimateRoutes(store),
    ...actorPlaceSourceRoutes(store),
    ...searchRoutes(store),
  ]
  const base = options.publicUrl?.replace(/\/+$/, '') ?? ''
  for (const endpoint of endpoints) endpoint.mount(app, cache, base, guard)

  // Each operation's tag described once, in the order the reference UI shows them.
  const tags = [
    { name: 'Meta', description: 'Liveness, the dataset release and its changelog' },
    { name: 'Overview', description: 'What a front page shows, in one answer' },
    {
      name: 'Claims',
      description: 'Attributed statements: claimant, date, status history and the quoted evidence',
    },
    { name: 'Estimates', description: 'Competing figures for one quantity, each at its own as-of date' },
    { name: 'Events', description: 'The timeline: what happened and when, each attested by claims' },
    { name: 'Actors', description: 'Who claims, relays or is talked about' },
    { name: 'Places', description: 'Where, with coordinates where a source gives them' },
    { name: 'Sources', description: 'The documents quoted, each with a reliability grade' },
    { name: 'Contingents', description: 'The waves and groups of the deployment that figures count' },
    { name: 'Search', description: 'Full-text search across every record type' },
  ].filter((tag) => endpoints.some((e) => e.tag === tag.name))
  let openApi: Representation | undefined
  app.get(
    '/openapi.json',
    guard((c) => {
      openApi ??= represent(
        'application/json',
        JSON.stringify(
          app.getOpenAPI31Document({
            openapi: '3.1.0',
            info: {
              title: 'dprk-tracker API',
              version: store.current.dataset.version,
              description:
                "Read-only API over an attributed dataset of North Korea's military deployment to Russia. Every figure is a claim with a claimant, a date, a source and the quoted sentence it rests on. No key needed. Data: CC BY 4.0.",
              // An absolute URL only where the public origin is configured.
              contact: base ? { name: 'dprk-tracker', url: `${base}/docs` } : { name: 'dprk-tracker' },
              license: {
                name: 'CC BY 4.0 (data), MIT (code)',
                url: 'https://creativecommons.org/licenses/by/4.0/',
              },
            },
            servers: [{ url: base || '/' }],
            tags,
          }),
        ),
        'public, max-age=300',
        // The reference is written in English only, whatever the routes it describes answer in.
        { 'Content-Language': 'en' },
      )
      return send(c, openApi)
    }),
  )
  app.get(
    '/docs',
    guard((c) => send(c, docsPage)),
  )
  app.get(
    docsInitPath,
    guard((c) => send(c, docsInit)),
  )
  if (options.docsScript) {
    const script = represent(
      'text/javascript; charset=utf-8',
      new TextDecoder().decode(options.docsScript),
      'public, max-age=86400',
    )
    app.get(
      docsScriptPath,
      guard((c) => send(c, script)),
    )
  }

  // Unknown paths, and methods this read-only API has no route for: OPTIONS answers CORS preflights.
  app.notFound(
    guard((c) => {
      const method = c.req.method
      if (method === 'OPTIONS') {
        return new Response(null, {
          status: 204,
          headers: responseHeaders(
            c,
            completeHead({
              Allow: allowed,
              'Access-Control-Allow-Methods': allowed,
              'Access-Control-Allow-Headers': c.req.header('Access-Control-Request-Headers') ?? '*',
              'Access-Control-Max-Age': '86400',
            }),
          ),
        })
      }
      if (method !== 'GET' && method !== 'HEAD') {
        return problem(c, 405, `${method} is not allowed: this API is read-only.`, {
          headers: { Allow: allowed },
        })
      }
      return problem(c, 404, `No resource at ${c.req.path}. See /docs for what there is.`)
    }),
  )
  app.onError((error, c) => {
    console.error(error)
    return problem(c, 500, 'The server failed to answer this request.')
  })
  return app
}

export type App = ReturnType<typeof createApp>
