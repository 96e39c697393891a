// The baseline for the benchmark, in its own process: raw node:http sending, per URL, the bytes the API sent.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const fixture = process.argv[2] as string
const responses = new Map<string, { status: number; headers: Record<string, string>; body: Buffer }>()
for (const [url, r] of Object.entries(
  JSON.parse(readFileSync(fixture, 'utf8')) as Record<
    string,
    { status: number; headers: Record<string, string>; body: string }
  >,
)) {
  responses.set(url, { ...r, body: Buffer.from(r.body, 'base64') })
}

const server = createServer((req, res) => {
  // The same work a server must do at the least: find the answer for the URL and the validator.
  const r = responses.get(`${req.url}\n${req.headers['if-none-match'] ?? ''}`)
  if (!r) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(r.status, r.headers)
  res.end(r.body)
})
server.listen(0, '127.0.0.1', () => {
  console.log(`ready ${(server.address() as { port: number }).port}`)
})
