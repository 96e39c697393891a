// pnpm bench: throughput and latency as ratios measured side by side in this run, never asserted in tests.
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'
import { dataset } from '@dprk/data'
import autocannon from 'autocannon'
import { createApp } from '../src/app.ts'
import { syntheticDataset } from './synthetic.ts'

const seconds = Number(process.env.BENCH_SECONDS ?? 3)
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const connections = 50
const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx')
const entry = join(import.meta.dirname, '..', 'dist', 'node.js')
// With two cores, keep the servers (core 1) and the load generator (core 0) apart when taskset exists.
const pinning = !process.env.BENCH_NO_PIN && spawnSync('taskset', ['-V']).status === 0
const pin = (cpu: number, cmd: string[]) => (pinning ? ['taskset', '-c', String(cpu), ...cmd] : cmd)
// autocannon runs in this process: move it off the servers' core too.
if (pinning) spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)])
// wrk (C) drives far more requests per core than autocannon (Node), so the server, not the load, is the ceiling.
const wrk = !process.env.BENCH_AUTOCANNON && spawnSync('wrk', ['-v']).error === undefined
const run = promisify(execFile)

interface Case {
  name: string
  url: string
  /** Sends the 200's ETag back, for a 304. */
  revalidate?: boolean
  /** Compared with this case's throughput instead of the raw server's (the 304 with its 200). */
  against?: string
  target: number
}

async function start(cmd: string[], env: Record<string, string>, ready: RegExp) {
  const [file, ...args] = pin(1, cmd)
  const child = spawn(file as string, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  })
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const m = ready.exec(String(chunk))
      if (m) resolve(m[1] as string)
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  return { child, base: `http://127.0.0.1:${port}` }
}

/** One response exactly as the server sent it, without the headers node:http adds itself. */
function capture(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string>; body: string }>((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const kept: Record<string, string> = {}
        for (const [name, value] of Object.entries(res.headers)) {
          if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name))
            kept[name] = String(value)
        }
        resolve({
          status: res.statusCode ?? 0,
          headers: kept,
          body: Buffer.concat(chunks).toString('base64'),
        })
      })
    }).on('error', reject)
  })
}

async function load(url: string, headers: Record<string, string>, duration = seconds) {
  const revalidating = Boolean(headers['if-none-match'])
  if (wrk) {
    const args = ['-t1', `-c${connections}`, `-d${duration}s`]
    for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`)
    const [file, ...rest] = pin(0, ['wrk', ...args, url])
    const { stdout } = await run(file as string, rest)
    // wrk's "Non-2xx or 3xx" counts only statuses ≥ 400; capture() checked the 200 or 304 beforehand.
    if (/Socket errors|Non-2xx/.test(stdout)) throw new Error(`${url}: ${stdout}`)
    return Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1])
  }
  const result = await autocannon({ url, connections, duration, headers })
  if (result.errors || (result.non2xx > 0 && !revalidating)) {
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx`)
  }
  return result.requests.average
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2
}

async function throughput() {
  const api = await start(
    ['node', entry],
    { PORT: '0', RATE_LIMIT: '0' },
    /listening on http:\/\/[\d.]+:(\d+)/,
  )
  const raw = { child: undefined as ChildProcess | undefined, base: '' }
  try {
    const first = (await (await fetch(`${api.base}/v1/claims?limit=1`)).json()) as { data: { id: string }[] }
    const cases: Case[] = [
      { name: 'health (small)', url: '/health', target: 0.8 },
      { name: 'one claim (small)', url: `/v1/claims/${first.data[0]?.id}`, target: 0.8 },
      { name: 'killed series', url: '/v1/estimates/killed', target: 0.9 },
      { name: '50 claims', url: '/v1/claims?limit=50', target: 0.9 },
      {
        name: '50 claims, 304',
        url: '/v1/claims?limit=50',
        revalidate: true,
        against: '50 claims',
        target: 1.5,
      },
      {
        name: 'one claim, 304',
        url: `/v1/claims/${first.data[0]?.id}`,
        revalidate: true,
        against: 'one claim (small)',
        target: 1.5,
      },
    ]
    const fixtures: Record<string, Awaited<ReturnType<typeof capture>>> = {}
    const headersOf = new Map<Case, Record<string, string>>()
    for (const c of cases) {
      const plain = await capture(`${api.base}${c.url}`, {})
      const headers: Record<string, string> = c.revalidate
        ? { 'if-none-match': plain.headers.etag as string }
        : {}
      const answer = c.revalidate ? await capture(`${api.base}${c.url}`, headers) : plain
      if (answer.status !== (c.revalidate ? 304 : 200)) throw new Error(`${c.url} answered ${answer.status}`)
      fixtures[`${c.url}\n${headers['if-none-match'] ?? ''}`] = answer
      headersOf.set(c, headers)
      console.log(
        `${c.name}: ${c.url} ${answer.status}, ${Buffer.from(answer.body, 'base64').byteLength} bytes`,
      )
    }
    const fixture = join(tmpdir(), 'dprk-bench-fixture.json')
    writeFileSync(fixture, JSON.stringify(fixtures))
    Object.assign(raw, await start([tsx, join(import.meta.dirname, 'serve.ts'), fixture], {}, /ready (\d+)/))

    // Warm both servers (JIT, memo, gzip copies) before anything is counted.
    for (const c of cases) {
      await load(`${raw.base}${c.url}`, headersOf.get(c) ?? {}, 1)
      await load(`${api.base}${c.url}`, headersOf.get(c) ?? {}, 1)
    }
    const measured = new Map<string, { raw: number[]; api: number[] }>(
      cases.map((c) => [c.name, { raw: [], api: [] }]),
    )
    for (let round = 0; round < rounds; round++) {
      for (const c of cases) {
        const m = measured.get(c.name) as { raw: number[]; api: number[] }
        const headers = headersOf.get(c) ?? {}
        // Alternate which server goes first, so drift in the machine falls on both.
        const order = round % 2 ? (['api', 'raw'] as const) : (['raw', 'api'] as const)
        for (const who of order)
          m[who].push(await load(`${who === 'raw' ? raw.base : api.base}${c.url}`, headers))
      }
      console.log(`round ${round + 1} of ${rounds} done`)
    }
    return cases.map((c) => {
      const m = measured.get(c.name) as { raw: number[]; api: number[] }
      const base = c.against ? (measured.get(c.against) as { api: number[] }).api : m.raw
      const ratios = m.api.map((x, i) => x / (base[i] as number))
      // For a 304, what raw node:http itself gains over its 200: the most any server can.
      const rawBase = c.against ? (measured.get(c.against) as { raw: number[] }).raw : undefined
      const rawRatio = rawBase && median(m.raw.map((x, i) => x / (rawBase[i] as number)))
      return { ...c, api: median(m.api), raw: median(m.raw), ratio: median(ratios), rawRatio }
    })
  } finally {
    raw.child?.kill()
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

console.log(
  `dprk-tracker API bench: the built server (production middleware, RATE_LIMIT=0) against raw node:http sending the same bytes; ${rounds} interleaved rounds of ${seconds} s, ${connections} connections, medians; load from ${wrk ? 'wrk' : 'autocannon'}${pinning ? ' on core 0, servers on core 1' : ', unpinned'}\n`,
)
const results = await throughput()
const big = await largeDataset(100_000)
console.log('\n| route | API req/s | baseline | ratio (median) | target |')
console.log('| --- | --- | --- | --- | --- |')
for (const r of results) {
  const baseline = r.against
    ? `its 200 (raw node:http's own 304 ÷ 200: ${r.rawRatio?.toFixed(2)}×)`
    : `raw node:http ${r.raw.toFixed(0)}`
  const ok = r.ratio >= r.target ? '' : ' (below)'
  console.log(
    `| ${r.name} | ${r.api.toFixed(0)} | ${baseline} | ${r.ratio.toFixed(2)}×${ok} | ≥ ${r.target}× |`,
  )
}
console.log('\n| measure | result | target |')
console.log('| --- | --- | --- |')
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
