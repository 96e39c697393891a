import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { freePort, smoke, waitFor } from './smoke.ts'

const root = join(import.meta.dirname, '..', '..')
const wrangler = join(root, 'node_modules', '.bin', 'wrangler')

// The Workers build under workerd, started by wrangler dev on a loopback port: the real runtime, not a mock.
describe('on Cloudflare Workers (wrangler dev, workerd)', () => {
  let child: ChildProcess
  let base: string

  beforeAll(async () => {
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    child = spawn(wrangler, ['dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'], {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    })
    await waitFor(`${base}/health`, 90)
  }, 100_000)

  afterAll(() => {
    // wrangler starts workerd as a child: end the whole process group.
    if (child?.pid) process.kill(-child.pid, 'SIGTERM')
  })

  it('answers health, a list, a 304 and a 404 problem', async () => {
    await smoke(base)
  })
})
