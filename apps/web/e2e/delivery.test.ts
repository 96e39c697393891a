// Delivery on Node (serve.js + hooks.server.ts), measured on the wire: codings, validators, cache and security headers.
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { getRaw } from '../bench/wire.ts'
import { collectErrors, webUrl } from './helpers.ts'

const heading = 'what is known, and who says so'
const pageCacheControl = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400'

const decode = (encoding: string, bytes: Buffer) =>
  (encoding === 'br'
    ? brotliDecompressSync(bytes)
    : encoding === 'gzip'
      ? gunzipSync(bytes)
      : bytes
  ).toString('utf8')

const header = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(', ') : (value ?? '')

test.describe('compression', () => {
  for (const [accept, expected] of [
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['identity', 'identity'],
  ] as const) {
    test(`a page asked for with "${accept}" comes as ${expected}`, async () => {
      const wire = await getRaw(webUrl('/'), { 'accept-encoding': accept })
      expect(wire.status).toBe(200)
      expect(wire.encoding).toBe(expected)
      expect(Number(wire.headers['content-length'])).toBe(wire.bytes.byteLength)
      expect(header(wire.headers.vary)).toMatch(/accept-encoding/i)
      expect(decode(wire.encoding, wire.bytes)).toContain(heading)
    })
  }

  test('a page without Accept-Encoding comes uncompressed', async () => {
    const wire = await getRaw(webUrl('/claims'))
    expect(wire.encoding).toBe('identity')
    expect(wire.bytes.toString('utf8')).toContain('</html>')
  })

  test('compressed pages are much smaller than the HTML', async () => {
    const [br, identity] = await Promise.all([
      getRaw(webUrl('/'), { 'accept-encoding': 'br' }),
      getRaw(webUrl('/'), { 'accept-encoding': 'identity' }),
    ])
    expect(br.bytes.byteLength).toBeLessThan(identity.bytes.byteLength / 3)
  })

  test('navigation data (__data.json) is compressed too', async () => {
    const wire = await getRaw(webUrl('/claims/__data.json'), { 'accept-encoding': 'gzip' })
    expect(wire.status).toBe(200)
    expect(wire.encoding).toBe('gzip')
    expect(JSON.parse(decode('gzip', wire.bytes))).toHaveProperty('nodes')
  })

  test('a tiny body is sent as it is', async () => {
    const wire = await getRaw(webUrl('/robots.txt'), { 'accept-encoding': 'br, gzip' })
    expect(wire.status).toBe(200)
    expect(wire.bytes.byteLength).toBeLessThan(1024)
    expect(wire.encoding).toBe('identity')
  })
})

test.describe('validators', () => {
  test('a repeated request with the ETag gets 304 and no body, for each coding', async () => {
    for (const coding of ['br', 'gzip', 'identity']) {
      const first = await getRaw(webUrl('/timeline'), { 'accept-encoding': coding })
      const etag = header(first.headers.etag)
      expect(etag, coding).toMatch(/^"[\w-]{43}(\.(br|gzip))?"$/)
      const again = await getRaw(webUrl('/timeline'), { 'accept-encoding': coding, 'if-none-match': etag })
      expect(again.status, coding).toBe(304)
      expect(again.bytes.byteLength).toBe(0)
      expect(header(again.headers.etag)).toBe(etag)
      expect(header(again.headers['cache-control'])).toBe(pageCacheControl)
    }
  })

  test('each coding has its own strong ETag, derived from the same body', async () => {
    const [br, gzip, identity] = await Promise.all(
      ['br', 'gzip', 'identity'].map((coding) => getRaw(webUrl('/'), { 'accept-encoding': coding })),
    )
    const plain = header(identity?.headers.etag)
    expect(header(br?.headers.etag)).toBe(`${plain.slice(0, -1)}.br"`)
    expect(header(gzip?.headers.etag)).toBe(`${plain.slice(0, -1)}.gzip"`)
  })

  test('a weak form of the tag and a list both revalidate; another tag does not', async () => {
    const etag = header((await getRaw(webUrl('/about'))).headers.etag)
    expect((await getRaw(webUrl('/about'), { 'if-none-match': `W/${etag}` })).status).toBe(304)
    expect((await getRaw(webUrl('/about'), { 'if-none-match': `"other", ${etag}` })).status).toBe(304)
    const changed = await getRaw(webUrl('/about'), { 'if-none-match': '"other"' })
    expect(changed.status).toBe(200)
    expect(changed.bytes.byteLength).toBeGreaterThan(0)
  })
})

test.describe('cache headers', () => {
  test('pages and their navigation data may be kept by shared caches for 5 minutes', async () => {
    for (const path of ['/', '/claims', '/claims/__data.json']) {
      const wire = await getRaw(webUrl(path))
      expect(header(wire.headers['cache-control']), path).toBe(pageCacheControl)
    }
  })

  test('a page that failed is not given the page cache policy', async () => {
    const wire = await getRaw(webUrl('/claims/no-such-claim'))
    expect(wire.status).toBe(404)
    expect(header(wire.headers['cache-control'])).not.toContain('s-maxage')
  })

  test('immutable assets are cached for a year, precompressed, following q-values', async () => {
    const html = (await getRaw(webUrl('/'))).bytes.toString('utf8')
    // Pages ship no script; their stylesheet is the immutable asset every view loads.
    const src = /"([^"]*_app\/immutable\/assets\/[^"]+\.css)"/.exec(html)?.[1]
    expect(src).toBeTruthy()
    const url = new URL(src as string, webUrl('/')).href
    for (const [accept, expected] of [
      ['br', 'br'],
      ['br;q=0, gzip', 'gzip'],
      ['br;q=0, gzip;q=0', 'identity'],
    ] as const) {
      const wire = await getRaw(url, { 'accept-encoding': accept })
      expect(wire.status).toBe(200)
      expect(wire.encoding, accept).toBe(expected)
      expect(header(wire.headers['cache-control'])).toMatch(
        /max-age=31536000.*immutable|immutable.*max-age=31536000/,
      )
      expect(header(wire.headers['x-content-type-options'])).toBe('nosniff')
    }
  })
})

test.describe('security headers', () => {
  test('a page sends HSTS, nosniff, referrer, permissions and opener policies, and refuses framing', async () => {
    const wire = await getRaw(webUrl('/claims'), { 'accept-encoding': 'identity' })
    const { headers } = wire
    expect(header(headers['strict-transport-security'])).toMatch(/^max-age=\d{8,}/)
    expect(header(headers['x-content-type-options'])).toBe('nosniff')
    expect(header(headers['referrer-policy'])).toBe('strict-origin-when-cross-origin')
    expect(header(headers['permissions-policy'])).toContain('camera=()')
    expect(header(headers['cross-origin-opener-policy'])).toBe('same-origin')
    expect(header(headers['x-frame-options'])).toBe('DENY')
    const csp = header(headers['content-security-policy'])
    expect(csp).toContain("frame-ancestors 'none'")
    // SvelteKit's own policy is still there; no view hydrates, so no inline script needs a hash or 'unsafe-inline'.
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(wire.bytes.toString('utf8')).not.toContain('<script')
    expect(csp).toContain("object-src 'none'")
  })

  test('/embed/ paths may be framed by any site and send no X-Frame-Options, even their 404s', async () => {
    for (const [path, status] of [
      ['/embed/estimates/troops-sent', 200],
      ['/embed/no-such-view', 404],
    ] as const) {
      const wire = await getRaw(webUrl(path))
      expect(wire.status, path).toBe(status)
      expect(header(wire.headers['content-security-policy']), path).toContain('frame-ancestors *')
      expect(header(wire.headers['content-security-policy']), path).not.toContain("frame-ancestors 'none'")
      expect(wire.headers['x-frame-options'], path).toBeUndefined()
      expect(header(wire.headers['x-content-type-options'])).toBe('nosniff')
    }
  })

  test('a page with the security headers still hydrates (no CSP violations)', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto(webUrl('/'))
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading)
    expect(errors).toEqual([])
  })
})
