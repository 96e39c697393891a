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

/** The API requests one server-rendered page load makes, the layout's dataset() call included. */
async function callsOf(path: string): Promise<string[]> {
  seen.length = 0
  const res = await fetch(`${base}${path}`)
  expect(res.status, path).toBe(200)
  await res.text()
  return [...seen]
}

// The most each view may ask, the layout's dataset() call included: the view's own call carries what it shows
// (include=, counts=, /v1/overview). Past two, each row says why.
const budgets: [path: string, calls: number, why?: string][] = [
  ['/', 2],
  ['/claims', 2],
  ['/claims?claimant=rok-nis&status=reported&cursor=', 2],
  ['/claims/article-not-officially-confirmed', 2],
  ['/claims/nis-special-forces-vladivostok-2024-10', 2],
  ['/timeline', 2],
  ['/timeline?as_of=2024-11-01&kind=statement', 2],
  ['/estimates', 2],
  ['/estimates/killed', 2],
  ['/estimates/troops-sent?claimant=rok-nis', 2],
  ['/estimates/troops-sent?as_of=2025-01-01', 3, 'the series as known that day, beside today’s'],
  ['/places', 2],
  ['/places/sudzha', 2],
  ['/places/kursk-oblast?page=2', 2],
  ['/map', 3, 'the places with their events, and the distance claim, which names only two of them'],
  ['/map?place=kursk-oblast', 3, 'the same: the place’s events and claim count come with the places'],
  ['/actors', 2],
  ['/actors/rok-nis', 2],
  ['/contingents', 2],
  ['/sources', 2],
  ['/sources?grade=B&page=2', 2],
  ['/sources/founding-article', 2],
]

for (const [path, budget, why] of budgets) {
  test(`${path} asks the API at most ${budget} times${why ? ` (${why})` : ''}`, async () => {
    const calls = await callsOf(path)
    expect(calls.length, calls.join('\n')).toBeLessThanOrEqual(budget)
    expect(
      calls.some((url) => url.startsWith('/v1/dataset')),
      'the layout asks for the dataset',
    ).toBe(true)
  })
}

test('no view keeps API answers between requests: a second visit asks again', async () => {
  const first = await callsOf('/actors/rok-nis')
  const second = await callsOf('/actors/rok-nis')
  expect(second).toEqual(first)
})
