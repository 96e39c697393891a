import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { getRequestListener } from '@hono/node-server'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoFirst } from '../../src/http/memo-listener.ts'
import { translatedApi } from '../translated.ts'
import { freePort, smoke, waitFor } from './smoke.ts'

const dist = join(import.meta.dirname, '..', '..', 'dist')
const entry = join(dist, 'node.js')

// What an integrator runs: the compiled client alone in an empty folder, no node_modules, plain Node.
const integratorScript = `import { ApiError, createClient } from './client.js'
const api = createClient(process.argv[2])
const health = await api.health()
const claim = await api.claims.get('nis-special-forces-vladivostok-2024-10')
const killed = await api.estimates('killed')
const missing = await api.claims.get('no-such-claim').catch((error) => error)
console.log(JSON.stringify({
  health: health.status,
  claimant: claim.resolved.claimant.id,
  estimates: killed.data.length,
  missing: missing instanceof ApiError ? missing.problem.status : null,
}))
`

// The built Node entry (pnpm build) as a real server on a loopback port.
describe('on Node (dist/node.js)', () => {
  let child: ChildProcess
  let base: string

  beforeAll(async () => {
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    child = spawn(process.execPath, [entry], {
      env: { ...process.env, PORT: String(port) },
      stdio: 'inherit',
    })
    await waitFor(`${base}/health`, 20)
  })

  afterAll(() => {
    child?.kill('SIGTERM')
  })

  it('answers health, a list, a 304 and a 404 problem', async () => {
    await smoke(base)
  })

  // The second round is answered by the memo-first listener, before Hono: its key must hold the language.
  it('answers each Accept-Language in its own language, from the memo too', async () => {
    const languages = []
    for (const language of ['ko', 'en', 'uk', 'ko', 'en', 'uk']) {
      const res = await fetch(`${base}/v1/claims?limit=1`, { headers: { 'Accept-Language': language } })
      expect(res.status).toBe(200)
      languages.push(res.headers.get('Content-Language'))
    }
    expect(languages).toEqual(['ko', 'en', 'uk', 'ko', 'en', 'uk'])
  })

  // Real Chromium (Debian's), as a reader opens the docs: the reference renders from our origin alone.
  it('renders the API reference with nothing from another origin and no CSP violation', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    })
    try {
      const page = await browser.newPage()
      const foreign: string[] = []
      const errors: string[] = []
      page.on('request', (r) => {
        if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url())
      })
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      await page.goto(`${base}/docs`, { waitUntil: 'networkidle' })
      await expect.poll(() => page.locator('h1').first().textContent()).toContain('dprk-tracker API')
      const text = await page.locator('body').textContent()
      expect(text).toContain('Liveness')
      expect(text).toContain('Contingents')
      expect(foreign).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await browser.close()
    }
  }, 60_000)

  it('is used through the compiled client (dist/client.js) from plain Node, with nothing installed', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'dprk-integrator-'))
    await copyFile(join(dist, 'client.js'), join(folder, 'client.js'))
    await writeFile(join(folder, 'script.mjs'), integratorScript)
    const { stdout } = await promisify(execFile)(process.execPath, ['script.mjs', base], { cwd: folder })
    const out = JSON.parse(stdout)
    expect(out).toMatchObject({ health: 'ok', claimant: 'rok-nis', missing: 404 })
    expect(out.estimates).toBeGreaterThan(0)
  })

  it.each([
    ['a head over 16 KiB', `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    [
      'two Content-Lengths',
      'POST /health HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
      400,
    ],
    ['obs-fold', 'GET /health HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  folded\r\n\r\n', 400],
  ])('answers %s refused by the parser as problem+json', async (_, request, status) => {
    const { port } = new URL(base)
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(request))
      let text = ''
      socket.on('data', (chunk) => {
        text += chunk
      })
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(answer.split('\r\n')[0]).toBe(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}`,
    )
    expect(answer).toContain('Content-Type: application/problem+json')
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status })
  })
})

// The Node fast path as node.ts composes it, over a dataset with translations: what the app answered once is answered
// again by the listener alone, in the language each request asked for.
describe('the memo-first listener on a real node:http server', () => {
  let server: Server
  let base: string
  let appCalls = 0
  const claim = 'nis-special-forces-vladivostok-2024-10'

  beforeAll(async () => {
    const { app, memo } = translatedApi()
    const listener = getRequestListener(app.fetch)
    server = createServer(
      memoFirst(
        memo,
        undefined,
        () => 'test',
        (req, res) => {
          appCalls++
          return listener(req, res)
        },
      ),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  })

  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('keeps a Korean answer from an English client, and the reverse, on memo hits', async () => {
    const ask = async (language: string) => {
      const res = await fetch(`${base}/v1/claims/${claim}`, { headers: { 'Accept-Language': language } })
      const body = await res.json()
      return [res.headers.get('Content-Language'), body.statement.slice(0, 9)]
    }
    const first = [await ask('ko'), await ask('en')]
    expect(appCalls).toBe(2)
    const again = [await ask('ko'), await ask('en')]
    // Both answered by the listener, before the app.
    expect(appCalls).toBe(2)
    expect(first).toEqual([
      ['ko', '2024년 10월'],
      ['en', 'About 1,5'],
    ])
    expect(again).toEqual(first)
  })
})
