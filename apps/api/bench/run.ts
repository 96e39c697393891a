// pnpm bench: throughput and latency as ratios measured side by side in this run, never asserted in tests.
import { type ChildProcess, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { dataset } from '@dprk/data'
import autocannon from 'autocannon'
import { createApp } from '../src/app.ts'
import { syntheticDataset } from './synthetic.ts'

const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const connections = 50
const route = '/v1/claims?limit=50'
const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx')
// With two cores, keep the server and the load generator apart when taskset exists.
const pin = (cpu: number, cmd: string[]) =>
  process.env.BENCH_NO_PIN ? cmd : ['taskset', '-c', String(cpu), ...cmd]

async function start(args: string[]): Promise<{ child: ChildProcess; base: string }> {
  const [cmd, ...rest] = pin(1, [tsx, join(import.meta.dirname, 'serve.ts'), ...args])
  const child = spawn(cmd as string, rest, { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const m = /ready (\d+)/.exec(String(chunk))
      if (m) resolve(m[1] as string)
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  return { child, base: `http://127.0.0.1:${port}` }
}

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections, duration: seconds, headers })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
  }
}

async function throughput() {
  // The exact bytes and headers the API sends for the route, for the raw server to send too.
  const app = createApp({ rateLimit: false })
  const res = await app.request(route)
  const headers: Record<string, string> = {}
  res.headers.forEach((value, name) => {
    headers[name] = value
  })
  const fixture = join(tmpdir(), 'dprk-bench-fixture.json')
  writeFileSync(fixture, JSON.stringify({ body: await res.text(), headers }))

  const raw = await start(['raw', fixture])
  const api = await start(['api'])
  try {
    const etag = headers.etag as string
    const rounds: { raw: number; api: number; notModified: number; ok: number }[] = []
    for (let round = 0; round < 2; round++) {
      const r = await load(`${raw.base}${route}`)
      const a = await load(`${api.base}${route}`)
      const nm = await load(`${api.base}${route}`, { 'if-none-match': etag })
      rounds.push({ raw: r.rps, api: a.rps, notModified: nm.rps, ok: a.rps })
      console.log(
        `round ${round + 1}: raw node:http ${r.rps.toFixed(0)} req/s · API 200 ${a.rps.toFixed(0)} req/s (p99 ${a.p99} ms) · API 304 ${nm.rps.toFixed(0)} req/s`,
      )
    }
    const sum = (f: (x: (typeof rounds)[number]) => number) => rounds.reduce((s, x) => s + f(x), 0)
    return {
      apiVsRaw: sum((x) => x.api) / sum((x) => x.raw),
      notModifiedVsOk: sum((x) => x.notModified) / sum((x) => x.ok),
      bytes: Buffer.byteLength(JSON.stringify(headers)),
    }
  } finally {
    raw.child.kill()
    api.child.kill()
  }
}

async function largeDataset(size: number) {
  const before = process.memoryUsage().heapUsed
  const t0 = performance.now()
  const synthetic = syntheticDataset(dataset, size)
  const app = createApp({ dataset: synthetic, rateLimit: false, cacheEntries: 16 })
  await app.request('/health')
  const startup = performance.now() - t0
  const heapMb = (process.memoryUsage().heapUsed - before) / 1e6
  const claimants = synthetic.actors.map((a) => a.id)
  const statuses = ['reported', 'superseded', 'disputed', 'corroborated']
  const times: number[] = []
  for (let i = 0; i < 300; i++) {
    // Distinct query strings, so no response comes from the memo.
    const q = new URLSearchParams({
      claimant: claimants[i % claimants.length] as string,
      status: statuses[i % statuses.length] as string,
      made_from: `2024-${String(6 + (i % 6)).padStart(2, '0')}-01`,
      limit: String(10 + (i % 90)),
    })
    const t = performance.now()
    const res = await app.request(`/v1/claims?${q}`)
    await res.arrayBuffer()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  const textTimes: number[] = []
  for (let i = 0; i < 20; i++) {
    const t = performance.now()
    await (await app.request(`/v1/claims?q=kursk&limit=${i + 1}`)).arrayBuffer()
    textTimes.push(performance.now() - t)
  }
  textTimes.sort((a, b) => a - b)
  return {
    size,
    startupMs: startup,
    heapMb,
    p50: times[Math.floor(times.length / 2)] as number,
    p95: times[Math.floor(times.length * 0.95)] as number,
    textP50: textTimes[10] as number,
  }
}

console.log(`dprk-tracker API bench: ${seconds} s per run, ${connections} connections, route ${route}\n`)
const t = await throughput()
const big = await largeDataset(100_000)
console.log('\n| measure | result | target |')
console.log('| --- | --- | --- |')
console.log(`| API route ÷ raw node:http, same bytes | ${t.apiVsRaw.toFixed(2)}× | ≥ 0.9× |`)
console.log(`| 304 ÷ 200 throughput, same route | ${t.notModifiedVsOk.toFixed(2)}× | > 1× |`)
console.log(
  `| ${big.size.toLocaleString('en')} claims: filtered query p50 / p95 | ${big.p50.toFixed(2)} / ${big.p95.toFixed(2)} ms | milliseconds |`,
)
console.log(
  `| ${big.size.toLocaleString('en')} claims: full-text query p50 | ${big.textP50.toFixed(2)} ms | |`,
)
console.log(
  `| ${big.size.toLocaleString('en')} claims: build and index, heap | ${big.startupMs.toFixed(0)} ms, ${big.heapMb.toFixed(0)} MB | |`,
)
process.exit(0)
