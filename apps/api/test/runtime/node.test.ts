import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { freePort, smoke, waitFor } from './smoke.ts'

const entry = join(import.meta.dirname, '..', '..', 'dist', 'node.js')

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
})
