// Node entry: serves the app on PORT (default 8787) until SIGINT/SIGTERM.
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { createApp } from './app.ts'
import { forwardedClient } from './http/client-address.ts'
import { clientErrorResponse } from './http/client-error.ts'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'
// Behind N proxies (TRUST_PROXY=N), the client is the address the last of them appended; unset trusts none.
const proxyHops = Number(process.env.TRUST_PROXY ?? 0) || 0
// RATE_LIMIT=0 turns the per-client limiter off, where the edge limits instead (and for load tests).
const rateLimit = process.env.RATE_LIMIT === '0' ? false : undefined

const app = createApp({
  rateLimit,
  // The public origin for absolute links in feeds, JSON-LD and OpenAPI; relative links without it.
  publicUrl: process.env.PUBLIC_URL,
  clientKey: (c) =>
    forwardedClient(c.req.header('X-Forwarded-For'), proxyHops) || getConnInfo(c).remote.address || 'unknown',
})

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(
    `API listening on http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname}:${info.port} (docs: /docs)`,
  )
})

// Requests Node's parser refuses never reach the app: answer them as problems too, then close.
server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
  if (socket.writable) socket.end(clientErrorResponse(error.code))
  else socket.destroy()
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
