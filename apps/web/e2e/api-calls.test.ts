// How many API requests each view makes: a second dashboard talks to the API through a proxy that logs them.
import type { ChildProcess } from 'node:child_process'
import { createServer, request, type Server } from 'node:http'
import { expect, test } from '@playwright/test'
import { freePort, startNode, webEntry } from './servers.ts'

let web: ChildProcess
let proxy: Server
let base: string
const seen: string[] = []

test.beforeAll(async () => {
  const api = new URL(process.env.API_URL as string)
  proxy = createServer((req, res) => {
    seen.push(req.url ?? '')
    const upstream = request(
      { host: api.hostname, port: api.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  const proxyPort = await freePort()
  await new Promise<void>((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve))
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  // Ready when robots.txt answers: a page would make calls of its own before the first test counts.
  web = await startNode(
    webEntry,
    { PORT: String(port), API_URL: `http://127.0.0.1:${proxyPort}` },
    `${base}/robots.txt`,
  )
})

test.afterAll(async () => {
  web?.kill()
  await new Promise((resolve) => proxy?.close(resolve))
})

/** The API requests one server-rendered page load makes. */
async function callsOf(path: string): Promise<string[]> {
  seen.length = 0
  const res = await fetch(`${base}${path}`)
  expect(res.status, path).toBe(200)
  await res.text()
  return [...seen]
}

test('the dataset summary in the footer is asked for once, not on every page', async () => {
  // The first page after start asks for it; the pages after it reuse it (for a minute: see $lib/server/dataset).
  const first = await callsOf('/about')
  expect(first.some((url) => url.startsWith('/v1/dataset'))).toBe(true)
  const next = await callsOf('/actors')
  expect(next.filter((url) => url.startsWith('/v1/dataset'))).toEqual([])
  expect(await (await fetch(`${base}/actors`)).text()).toMatch(/Dataset \d+\.\d+\.\d+, released/)
})

// The most each view may ask: the view's own call carries what it shows (include=, counts=, /v1/overview). Past
// one, each row says why.
const budgets: [path: string, calls: number, why?: string][] = [
  ['/', 1],
  ['/claims', 1],
  ['/claims?claimant=rok-nis&status=reported&cursor=', 1],
  ['/claims/article-not-officially-confirmed', 1],
  ['/claims/nis-special-forces-vladivostok-2024-10', 1],
  ['/timeline', 1],
  ['/timeline?as_of=2024-11-01&kind=statement', 1],
  ['/estimates', 1],
  ['/estimates/killed', 1],
  ['/estimates/troops-sent?claimant=rok-nis', 1],
  ['/estimates/troops-sent?as_of=2025-01-01', 2, 'the series as known that day, beside today’s'],
  ['/places', 1],
  ['/places/sudzha', 1],
  ['/places/kursk-oblast?page=2', 1],
  ['/map', 2, 'the places with their events, and the distance claim, which names only two of them'],
  ['/map?place=kursk-oblast', 2, 'the same: the place’s events and claim count come with the places'],
  ['/actors', 1],
  ['/actors/rok-nis', 1],
  ['/contingents', 1],
  ['/sources', 1],
  ['/sources?grade=B&page=2', 1],
  ['/sources/founding-article', 1],
]

for (const [path, budget, why] of budgets) {
  test(`${path} asks the API at most ${budget === 1 ? 'once' : `${budget} times`}${why ? ` (${why})` : ''}`, async () => {
    await callsOf('/about')
    const calls = await callsOf(path)
    expect(calls.length, calls.join('\n')).toBeLessThanOrEqual(budget)
  })
}

test('no view keeps API answers between requests: a second visit asks again', async () => {
  const first = await callsOf('/actors/rok-nis')
  const second = await callsOf('/actors/rok-nis')
  expect(second).toEqual(first)
})
