/** @module The API as one Hono app that runs unchanged on Node and on Cloudflare Workers. */
import { actors, claims, events, places, sources } from '@dprk/data'
import { Hono } from 'hono'
import { problem } from './problem.ts'
import { collection } from './routes/collection.ts'
import { health } from './routes/health.ts'

/** Builds the API; each call returns a fresh app over the same immutable dataset. */
export function createApp() {
  const app = new Hono()
    .route('/health', health)
    .route('/v1/claims', collection('claim', claims))
    .route('/v1/sources', collection('source', sources))
    .route('/v1/events', collection('event', events))
    .route('/v1/actors', collection('actor', actors))
    .route('/v1/places', collection('place', places))
  app.notFound((c) => problem(c, 404, { detail: `No resource at ${new URL(c.req.url).pathname}.` }))
  app.onError((error, c) => {
    console.error(error)
    return problem(c, 500, { detail: 'The server failed to answer this request.' })
  })
  return app
}

/** The app's type, for Hono's typed client. */
export type AppType = ReturnType<typeof createApp>
