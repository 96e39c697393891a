// A server for the benchmark, in its own process: `raw` sends fixed bytes with node:http, `api` runs the app.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { serve } from '@hono/node-server'
import { createApp } from '../src/app.ts'

const [mode, fixture] = process.argv.slice(2)
if (mode === 'raw') {
  const { body, headers } = JSON.parse(readFileSync(fixture as string, 'utf8')) as {
    body: string
    headers: Record<string, string>
  }
  const bytes = Buffer.from(body)
  const server = createServer((_req, res) => {
    res.writeHead(200, headers)
    res.end(bytes)
  }).listen(0, '127.0.0.1', () => {
    console.log(`ready ${(server.address() as { port: number }).port}`)
  })
} else {
  const app = createApp({ rateLimit: false })
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`ready ${info.port}`))
}
