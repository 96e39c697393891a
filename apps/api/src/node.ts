// Node entry: serves the app on PORT (default 8787) until SIGINT/SIGTERM.
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { createApp } from './app.ts'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'
// Behind a proxy, trust its X-Forwarded-For only when told to.
const trustProxy = process.env.TRUST_PROXY === '1'

const app = createApp({
  clientKey: (c) =>
    (trustProxy && c.req.header('X-Forwarded-For')?.split(',')[0]?.trim()) ||
    getConnInfo(c).remote.address ||
    'unknown',
})

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(
    `API listening on http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname}:${info.port} (docs: /docs)`,
  )
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
