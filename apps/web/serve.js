// Production entry: serves the built dashboard on PORT (default 5173) and prints its URL.
import { createServer } from 'node:http'

const port = Number(process.env.PORT ?? 5173)
const host = process.env.HOST ?? '127.0.0.1'
const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
// adapter-node reads ORIGIN when its handler loads, so set it first.
process.env.ORIGIN ??= url

const { handler } = await import('./build/handler.js')
const server = createServer(handler).listen(port, host, () => {
  console.log(`Dashboard on ${url} (API: ${process.env.API_URL ?? 'http://127.0.0.1:8787'})`)
})

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
