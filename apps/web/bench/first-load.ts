// pnpm bench (web): gzipped JavaScript each view loads first, against the 50 KB budget. Needs `pnpm build`.
import { gzipSync } from 'node:zlib'
import { apiEntry, freePort, startNode as start, webEntry } from '../e2e/servers.ts'

const budget = 50 * 1024
const paths = [
  '/',
  '/timeline',
  '/estimates/casualties',
  '/map',
  '/claims',
  '/claims/nis-killed-2025-09-02',
  '/sources',
  '/about',
]
const [apiPort, webPort] = [await freePort(), await freePort()]
const api = await start(apiEntry, { PORT: String(apiPort) }, `http://127.0.0.1:${apiPort}/health`)
const base = `http://127.0.0.1:${webPort}`
const web = await start(webEntry, { PORT: String(webPort), API_URL: `http://127.0.0.1:${apiPort}` }, base)

console.log('| view | JS files | gzipped JS on first load | budget |')
console.log('| --- | --- | --- | --- |')
try {
  for (const path of paths) {
    const pageUrl = `${base}${path}`
    const html = await (await fetch(pageUrl)).text()
    // The entry scripts the page imports, plus the route nodes it starts with (node_ids), plus everything those
    // import statically: what the browser must fetch before the page is interactive.
    const entries = [...html.matchAll(/(?:href|src)="([^"]+\.js)"|import\("([^"]+\.js)"\)/g)].map(
      (m) => new URL((m[1] ?? m[2]) as string, pageUrl).href,
    )
    const nodeIds = (/node_ids:\s*\[([\d,\s]*)\]/.exec(html)?.[1] ?? '')
      .split(',')
      .filter(Boolean)
      .map(Number)
    const seen = new Set<string>()
    let bytes = 0
    const visit = async (url: string): Promise<string> => {
      if (seen.has(url)) return ''
      seen.add(url)
      const text = await (await fetch(url)).text()
      bytes += gzipSync(Buffer.from(text), { level: 9 }).byteLength
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
    const urls = seen
    const kb = (bytes / 1024).toFixed(1)
    console.log(`| ${path} | ${urls.size} | ${kb} KB | ${bytes <= budget ? 'within' : 'OVER'} 50 KB |`)
  }
} finally {
  web.kill()
  api.kill()
}
