import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

let web: ChildProcess
let base: string

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

// A second dashboard whose API address has nothing listening: what a visitor sees when the API is down.
test.beforeAll(async () => {
  const [port, deadPort] = [await freePort(), await freePort()]
  base = `http://127.0.0.1:${port}`
  web = spawn(process.execPath, [join(import.meta.dirname, '..', 'serve.js')], {
    env: { ...process.env, PORT: String(port), API_URL: `http://127.0.0.1:${deadPort}` },
    stdio: 'ignore',
  })
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(base).then(
        () => true,
        () => false,
      )
    )
      break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
})

test.afterAll(() => {
  web?.kill()
})

test('with the API down, pages explain what happened instead of going blank', async ({ page }) => {
  for (const path of ['/', '/claims', '/timeline']) {
    const res = await page.goto(`${base}${path}`)
    expect(res?.status(), path).toBe(503)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The data service is unavailable')
    await expect(page.getByText('cannot be reached right now')).toBeVisible()
  }
})
