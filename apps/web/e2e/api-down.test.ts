import type { ChildProcess } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { freePort, startNode, webEntry } from './servers.ts'

let web: ChildProcess
let base: string

// A second dashboard whose API address has nothing listening: what a visitor sees when the API is down.
test.beforeAll(async () => {
  const [port, deadPort] = [await freePort(), await freePort()]
  base = `http://127.0.0.1:${port}`
  web = await startNode(webEntry, { PORT: String(port), API_URL: `http://127.0.0.1:${deadPort}` }, base)
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
