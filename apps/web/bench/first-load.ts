// pnpm bench (web): per view, the HTML's bytes on the wire as served (brotli, gzip, identity) and the gzipped
// JavaScript the view loads first, against the budgets. Needs `pnpm build`.
import { gzipSync } from 'node:zlib'
import { apiEntry, freePort, startNode as start, webEntry } from '../e2e/servers.ts'
import { getRaw, type Wire } from './wire.ts'

const htmlBudget = 60 * 1024
const jsBudget = 50 * 1024
// Every view, and one of each detail page.
const paths = [
  '/',
  '/timeline',
  '/estimates',
  '/estimates/troops-sent',
  '/estimates/killed',
  '/claims',
  '/claims/nis-special-forces-vladivostok-2024-10',
  '/map',
  '/sources',
  '/sources/founding-article',
  '/actors',
  '/actors/rok-nis',
  '/places',
  '/places/kursk-oblast',
  '/contingents',
  '/search?q=kursk',
  '/embed/estimates/troops-sent',
  '/about',
  // The other editions of the heaviest views: Hangul and Cyrillic are two or three bytes a character.
  '/ko/timeline',
  '/uk/timeline',
  '/ko/estimates/troops-sent',
  '/uk/estimates/troops-sent',
  '/ko/sources',
  '/uk/map',
]

const get = (url: string, acceptEncoding: string) => getRaw(url, { 'accept-encoding': acceptEncoding })

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
// A coding the server did not apply is shown with what it sent instead, so a regression is visible.
const cell = (wire: Wire, asked: string) =>
  wire.encoding === asked ? kb(wire.bytes.byteLength) : `${kb(wire.bytes.byteLength)} (${wire.encoding}!)`

/** The brotli body once the server has recoded it at quality 11 (a first request gets 5, then it recodes). */
async function warmBrotli(url: string, first: Wire): Promise<Wire> {
  let last = first
  // Each hit lets the server start the recode if its one background job is free; it lands within seconds.
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 300))
    last = await get(url, 'br')
    if (last.bytes.byteLength < first.bytes.byteLength) break
  }
  return last
}

/** Every script the view needs before it is interactive, gzipped as served (computed if the server sent none). */
async function firstLoadJs(pageUrl: string, html: string): Promise<{ files: number; bytes: number }> {
  // The entry scripts the page imports, plus the route nodes it starts with (node_ids), plus everything those
  // import statically.
  const entries = [...html.matchAll(/(?:href|src)="([^"]+\.js)"|import\("([^"]+\.js)"\)/g)].map(
    (m) => new URL((m[1] ?? m[2]) as string, pageUrl).href,
  )
  const nodeIds = (/node_ids:\s*\[([\d,\s]*)\]/.exec(html)?.[1] ?? '').split(',').filter(Boolean).map(Number)
  const seen = new Set<string>()
  let bytes = 0
  const visit = async (url: string): Promise<string> => {
    if (seen.has(url)) return ''
    seen.add(url)
    const [served, plain] = await Promise.all([get(url, 'gzip'), get(url, 'identity')])
    bytes +=
      served.encoding === 'gzip' ? served.bytes.byteLength : gzipSync(plain.bytes, { level: 9 }).byteLength
    const text = plain.bytes.toString('utf8')
    for (const m of text.matchAll(/(?:from\s*|import\s*)["']([^"']+\.js)["']/g))
      await visit(new URL(m[1] as string, url).href)
    return text
  }
  for (const entry of entries) {
    const text = await visit(entry)
    if (!/\/app\.[^/]+\.js$/.test(entry)) continue
    // app.js names every route node file (nodes/<id>.<hash>.js); the page starts with node_ids of them.
    const byId = new Map<number, string>()
    for (const m of text.matchAll(/["']([^"']*nodes\/(\d+)\.[^"']+\.js)["']/g)) {
      if (!byId.has(Number(m[2]))) byId.set(Number(m[2]), new URL(m[1] as string, entry).href)
    }
    for (const id of nodeIds) if (byId.has(id)) await visit(byId.get(id) as string)
  }
  return { files: seen.size, bytes }
}

const [apiPort, webPort] = [await freePort(), await freePort()]
const api = await start(apiEntry, { PORT: String(apiPort) }, `http://127.0.0.1:${apiPort}/health`)
const base = `http://127.0.0.1:${webPort}`
const web = await start(webEntry, { PORT: String(webPort), API_URL: `http://127.0.0.1:${apiPort}` }, base)

console.log(
  `HTML on the wire: flagged over ${kb(htmlBudget)} (larger of first-request br and gzip); first-load JS gzipped: over ${kb(jsBudget)}.\n`,
)
console.log(
  '| view | status | HTML identity | HTML br (first) | HTML br (warm) | HTML gzip | JS files | JS gzipped | over budget |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
let over = 0
try {
  for (const path of paths) {
    const url = `${base}${path}`
    const first = await get(url, 'br')
    const [br, gzip, identity] = await Promise.all([
      warmBrotli(url, first),
      get(url, 'gzip'),
      get(url, 'identity'),
    ])
    const js = await firstLoadJs(url, identity.bytes.toString('utf8'))
    const flags = [
      Math.max(first.bytes.byteLength, gzip.bytes.byteLength) > htmlBudget && 'HTML',
      js.bytes > jsBudget && 'JS',
    ].filter(Boolean)
    if (flags.length) over++
    console.log(
      `| ${path} | ${identity.status} | ${kb(identity.bytes.byteLength)} | ${cell(first, 'br')} | ${cell(br, 'br')} | ${cell(gzip, 'gzip')} | ${js.files} | ${kb(js.bytes)} | ${flags.length ? `**${flags.join(', ')}**` : '—'} |`,
    )
  }
  console.log(`\n${over} of ${paths.length} views over budget.`)
} finally {
  web.kill()
  api.kill()
}
