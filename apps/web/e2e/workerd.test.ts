// The Workers build under workerd: built with adapter-cloudflare, run by wrangler dev beside the API worker
// (reached through the service binding), fetched over HTTP. The real runtime, not a mock.
import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { expect, test } from '@playwright/test'
import { freePort } from './servers.ts'

const web = join(import.meta.dirname, '..')
const bin = (name: string) => join(web, 'node_modules', '.bin', name)

/** Runs a command to completion, keeping its output to show only if it fails. */
function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: web, env: { ...process.env, ...env } })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
    )
  })
}

test.describe('on Cloudflare Workers (adapter-cloudflare, wrangler dev, workerd)', () => {
  test.describe.configure({ mode: 'serial' })
  let wrangler: ChildProcess | undefined
  let base = ''

  test.beforeAll(async () => {
    // The hook builds and starts two workers: more than a test's default 30 s.
    test.setTimeout(180_000)
    await run(bin('vite'), ['build', '--logLevel', 'error'], { ADAPTER: 'cloudflare' })
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    // Both workers in one wrangler dev: the dashboard first (it gets the port), the API behind its binding.
    wrangler = spawn(
      bin('wrangler'),
      [
        'dev',
        '-c',
        'wrangler.toml',
        '-c',
        '../api/wrangler.toml',
        '--ip',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      { cwd: web, env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' }, detached: true },
    )
    let log = ''
    // Without colour codes, which split "[ERROR]" apart.
    const plain = (chunk: Buffer) => stripVTControlCharacters(chunk.toString())
    for (const stream of [wrangler.stdout, wrangler.stderr])
      stream?.on('data', (chunk) => (log += plain(chunk)))
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      if (wrangler.exitCode !== null)
        throw new Error(`wrangler dev exited with ${wrangler.exitCode}:\n${log}`)
      // A bundling error leaves wrangler waiting for a fix rather than exiting.
      if (log.includes('[ERROR]')) throw new Error(`wrangler dev could not start the workers:\n${log}`)
      const up = await fetch(`${base}/about`, { signal: AbortSignal.timeout(10_000) }).then(
        (res) => res.status === 200,
        () => false,
      )
      if (up) return
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`wrangler dev did not answer ${base} within 60 s:\n${log}`)
  })

  test.afterAll(() => {
    // wrangler starts workerd as a child: end the whole process group.
    if (wrangler?.pid) process.kill(-wrangler.pid, 'SIGTERM')
  })

  test('renders pages with data from the API worker', async () => {
    for (const [path, text] of [
      ['/', 'what is known, and who says so'],
      ['/claims', '<h1'],
      ['/about', 'Dataset'],
    ] as const) {
      const res = await fetch(`${base}${path}`)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/)
      const html = await res.text()
      expect(html, path).toContain(text)
      // The layout names the dataset's version only when the API answered through the binding.
      expect(html, path).toMatch(/Dataset \d+\.\d+\.\d+/)
    }
  })

  test('renders the Korean and Ukrainian editions, with the API answering in each, no locale leaking between requests', async () => {
    // Interleaved, so that a language kept outside the request (AsyncLocalStorage missing on workerd) would show.
    const paths = ['/ko/claims', '/uk/claims', '/claims', '/ko/about', '/uk/about', '/about']
    const pages = await Promise.all(
      paths.map(async (path) => [path, await (await fetch(`${base}${path}`)).text()] as const),
    )
    for (const [path, html] of pages) {
      const lang = path.startsWith('/ko') ? 'ko' : path.startsWith('/uk') ? 'uk' : 'en'
      expect(html, path).toContain(`<html lang="${lang}">`)
      expect(html, path).toContain({ ko: '>주장<', uk: '>Твердження<', en: '>Claims<' }[lang])
    }
    // A claim's statement comes translated from the API worker.
    const claim = await (await fetch(`${base}/uk/claims/nis-special-forces-vladivostok-2024-10`)).text()
    expect(claim).toContain('Владивосток')
  })

  test('sends the security, cache and validator headers from hooks.server.ts', async () => {
    const res = await fetch(`${base}/`)
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self';.+frame-ancestors 'none'/)
    expect(res.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=300, stale-while-revalidate=86400',
    )
    const etag = res.headers.get('etag') ?? ''
    expect(etag).toMatch(/^(W\/)?"[\w-]{43}"$/)
    const again = await fetch(`${base}/`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
  })

  test('lets other sites frame /embed/ paths', async () => {
    const res = await fetch(`${base}/embed/estimates/troops-sent`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(res.headers.get('x-frame-options')).toBeNull()
  })

  test('serves the immutable assets the page names, cached for a year', async () => {
    const html = await (await fetch(`${base}/`)).text()
    // No view ships a script: the stylesheet is the asset every page names.
    const src = /"([^"]*_app\/immutable\/assets\/[^"]+\.css)"/.exec(html)?.[1]
    expect(src).toBeTruthy()
    const res = await fetch(new URL(src as string, `${base}/`))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/css/)
    expect(res.headers.get('cache-control')).toMatch(/immutable/)
    expect(await res.text()).toMatch(/--accent/)
  })
})
