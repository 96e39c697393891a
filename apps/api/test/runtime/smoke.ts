import { createServer } from 'node:net'
import { expect } from 'vitest'

/** A free loopback port: bind to 0, read it, release it. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Polls `url` until it answers 200, or fails after `seconds`. */
export async function waitFor(url: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer within ${seconds} s`)
}

/** The same checks against any running server: health, a list, a 304, a 404 problem and the docs' own script. */
export async function smoke(base: string): Promise<void> {
  const health = await fetch(`${base}/health`)
  expect(health.status).toBe(200)
  expect((await health.json()).status).toBe('ok')

  const list = await fetch(`${base}/v1/claims?limit=2`)
  expect(list.status).toBe(200)
  const body = await list.json()
  expect(body.data).toHaveLength(2)
  expect(list.headers.get('Link')).toMatch(/rel="next"/)

  const etag = list.headers.get('ETag') as string
  const again = await fetch(`${base}/v1/claims?limit=2`, { headers: { 'If-None-Match': etag } })
  expect(again.status).toBe(304)

  const missing = await fetch(`${base}/v1/claims/no-such-claim`)
  expect(missing.status).toBe(404)
  expect(missing.headers.get('Content-Type')).toBe('application/problem+json')
  expect((await missing.json()).detail).toBe('There is no claim with id "no-such-claim".')

  const docs = await fetch(`${base}/docs`)
  const script = /<script src="([^"]+scalar[^"]*)"/.exec(await docs.text())?.[1] as string
  const ui = await fetch(`${base}${script}`)
  expect(ui.status).toBe(200)
  expect(ui.headers.get('Content-Type')).toMatch(/javascript/)
  expect((await ui.text()).length).toBeGreaterThan(1_000_000)
}
