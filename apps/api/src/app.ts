/** @module The API as one Hono app that runs unchanged on Node and on Cloudflare Workers. */
import { type Dataset, dataset as embedded } from '@dprk/data'
import { OpenAPIHono } from '@hono/zod-openapi'
import { Scalar } from '@scalar/hono-api-reference'
import type { Context } from 'hono'
import { type EndpointSpec, mount } from './endpoint.ts'
import { Lru } from './http/lru.ts'
import { problem } from './http/problem.ts'
import { type Representation, represent, send } from './http/representation.ts'
import { edgeHeaders } from './middleware/edge-headers.ts'
import { rateLimit } from './middleware/rate-limit.ts'
import { aboutRoutes } from './routes/about.ts'
import { claimRoutes } from './routes/claims.ts'
import { estimateRoutes } from './routes/estimates.ts'
import { eventRoutes } from './routes/events.ts'
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
}

const defaultClientKey = (c: Context) =>
  c.req.header('CF-Connecting-IP') ?? c.req.header('X-Forwarded-For')?.split(',')[0]?.trim() ?? 'anonymous'

/** Builds the API over an immutable dataset: indexes, bodies and ETags are made once and reused. */
export function createApp(options: AppOptions = {}) {
  const store = createStore(options.dataset ?? embedded)
  const cache = new Lru<string, Representation>(options.cacheEntries ?? 4096)
  const app = new OpenAPIHono()

  app.use(edgeHeaders({ ownCsp: ['/docs'] }))
  if (options.rateLimit !== false) {
    const { limit, windowSeconds } = options.rateLimit ?? { limit: 1200, windowSeconds: 60 }
    app.use(rateLimit({ limit, windowSeconds, clientKey: options.clientKey ?? defaultClientKey }))
  }

  const endpoints: EndpointSpec<never>[] = [
    ...aboutRoutes(store),
    ...claimRoutes(store),
    ...eventRoutes(store),
    ...estimateRoutes(store),
    ...actorPlaceSourceRoutes(store),
    ...searchRoutes(store),
  ]
  const base = options.publicUrl?.replace(/\/+$/, '') ?? ''
  for (const endpoint of endpoints) mount(app, endpoint, cache, base)

  let openApi: Representation | undefined
  app.get('/openapi.json', (c) => {
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
            license: {
              name: 'CC BY 4.0 (data), MIT (code)',
              url: 'https://creativecommons.org/licenses/by/4.0/',
            },
          },
          servers: [{ url: base || '/' }],
        }),
      ),
    )
    return send(c, openApi, 'public, max-age=300')
  })
  app.get('/docs', async (c, next) => {
    await next()
    // Scalar's page loads its script and styles from a CDN and runs inline code.
    c.res.headers.set(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; font-src 'self' data: https://fonts.gstatic.com https://cdn.jsdelivr.net; img-src 'self' data: https:; connect-src 'self'; frame-ancestors 'none'",
    )
  })
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'dprk-tracker API' }))

  app.notFound((c) => problem(c, 404, `No resource at ${c.req.path}. See /docs for what there is.`))
  app.onError((error, c) => {
    console.error(error)
    return problem(c, 500, 'The server failed to answer this request.')
  })
  return app
}

export type App = ReturnType<typeof createApp>
