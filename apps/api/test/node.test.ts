import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const entry = join(import.meta.dirname, '..', 'dist', 'node.js')

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

// Smoke test of the built Node entry: a real server on a loopback port.
describe('the built Node server (needs pnpm build)', () => {
  let child: ChildProcess
  let base: string

  beforeAll(async () => {
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    child = spawn(process.execPath, [entry], { env: { ...process.env, PORT: String(port) }, stdio: 'pipe' })
    const ready = new Promise<string>((resolve) =>
      child.stdout?.on('data', (chunk) => resolve(String(chunk))),
    )
    expect(await ready).toContain(`listening on ${base}`)
  })

  afterAll(() => {
    child?.kill('SIGTERM')
  })

  it('answers /health and a 404 problem over HTTP', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200)
    const res = await fetch(`${base}/v1/claims/nope`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
  })
})
