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

// The most each view may ask, the layout's dataset() call included. Past two, each row says which API filter or
// page size is missing; lists of more than 100 records are read a page of 100 at a time.
const budgets: [path: string, calls: number, why?: string][] = [
  ['/claims', 2],
  ['/claims?claimant=rok-nis&status=reported&cursor=', 2],
  ['/timeline', 2],
  ['/timeline?as_of=2024-11-01&kind=statement', 2],
  ['/estimates', 2],
  ['/estimates/killed', 2],
  ['/estimates/troops-sent?claimant=rok-nis', 2],
  ['/estimates/troops-sent?as_of=2025-01-01', 3, 'the series as known that day, beside today’s'],
  ['/places', 3, 'the places, and claims counted by place'],
  ['/places/sudzha', 3, 'its claims and its events'],
  ['/places/kursk-oblast?page=2', 3, 'its claims and its events'],
  ['/claims/article-not-officially-confirmed', 4, 'the claim, the events, a list that names its records'],
  ['/claims/nis-special-forces-vladivostok-2024-10', 5, '… and the claim that changed its status'],
  ['/map', 4, 'places, events and the distance claim'],
  ['/map?place=kursk-oblast', 5, '… and the place’s claim count'],
  ['/actors', 4, '163 actors are two pages, and claims counted by claimant'],
  ['/contingents', 5, 'no claims by contingent: every claim, three pages'],
  ['/sources/founding-article', 5, 'no claims by source: every claim, three pages'],
  ['/actors/rok-nis', 7, 'no claims by relay, no actors by affiliation: every claim and actor'],
  ['/', 8, 'one estimates call per headline kind: five'],
  ['/sources', 9, 'no citation counts: every source (five pages) and claim (three)'],
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
