// Node entry: serves the app on PORT (default 8787) until SIGINT/SIGTERM.
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type RequestListener } from 'node:http'
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { createApi } from './app.ts'
import { forwardedClient } from './http/client-address.ts'
import { clientErrorResponse } from './http/client-error.ts'
import { memoFirst } from './http/memo-listener.ts'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'
// Behind N proxies (TRUST_PROXY=N), the client is the address the last of them appended; unset trusts none.
const proxyHops = Number(process.env.TRUST_PROXY ?? 0) || 0
// RATE_LIMIT=0 turns the per-client limiter off, where the edge limits instead (and for load tests).
const rateLimit = process.env.RATE_LIMIT === '0' ? false : undefined

// Built by `pnpm build` (from src/ or dist/ alike, this is apps/api/dist/assets); without it /docs has no UI.
const docsScript = (() => {
  try {
    return readFileSync(new URL('../dist/assets/docs/scalar.js', import.meta.url))
  } catch {
    console.warn('dist/assets/docs/scalar.js is missing: run `pnpm build` for the /docs reference UI.')
    return undefined
  }
})()

const { app, memo, limiter } = createApi({
  docsScript,
  rateLimit,
  // The public origin for absolute links in feeds, JSON-LD and OpenAPI; relative links without it.
  publicUrl: process.env.PUBLIC_URL,
  clientKey: (c) =>
    forwardedClient(c.req.header('X-Forwarded-For'), proxyHops) || getConnInfo(c).remote.address || 'unknown',
})

const clientOf = (req: IncomingMessage) =>
  forwardedClient(req.headers['x-forwarded-for'] as string | undefined, proxyHops) ||
  req.socket.remoteAddress ||
  'unknown'

// What the app has answered once is answered again straight from the memo; the rest goes to the app.
const createMemoFirstServer = (options: object, listener: RequestListener) =>
  createServer(options, memoFirst(memo, limiter, clientOf, listener))

const server = serve(
  { fetch: app.fetch, port, hostname, createServer: createMemoFirstServer as typeof createServer },
  (info) => {
    console.log(
      `API listening on http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname}:${info.port} (docs: /docs)`,
    )
  },
)

// Requests Node's parser refuses never reach the app: answer them as problems too, then close.
server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
  if (socket.writable) socket.end(clientErrorResponse(error.code))
  else socket.destroy()
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
