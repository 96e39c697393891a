// Node entry: serves the app on PORT (default 8787) until SIGINT/SIGTERM.
import { serve } from '@hono/node-server'
import { createApp } from './app.ts'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'

const server = serve({ fetch: createApp().fetch, port, hostname }, (info) => {
  console.log(`API listening on http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname}:${info.port}`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
