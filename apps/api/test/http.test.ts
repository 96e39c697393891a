import { describe, expect, it } from 'vitest'
import { createApp } from '../src/app.ts'
import { forwardedClient } from '../src/http/client-address.ts'
import { app, getJson } from './helpers.ts'

describe('caching', () => {
  it('sends a strong ETag and answers If-None-Match with an empty 304', async () => {
    const first = await app.request('/v1/claims?limit=3')
    const etag = first.headers.get('ETag') as string
    expect(etag).toMatch(/^"[0-9a-f]{8}-[0-9a-z]+"$/)
    expect(first.headers.get('Cache-Control')).toBe(
      'public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800',
    )
    expect(first.headers.get('Vary')).toBe('Accept, Accept-Encoding, Accept-Language')
    expect(first.headers.get('Content-Language')).toBe('en')
    const again = await app.request('/v1/claims?limit=3', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('ETag')).toBe(etag)
    const other = await app.request('/v1/claims?limit=3', { headers: { 'If-None-Match': '"00000000-0"' } })
    expect(other.status).toBe(200)
  })

  it('keeps a 304 to what refreshes a cache: validators, caching, Vary, CORS, the request id', async () => {
    const first = await app.request('/v1/claims/article-nearly-7000-km')
    const again = await app.request('/v1/claims/article-nearly-7000-km', {
      headers: { 'If-None-Match': first.headers.get('ETag') as string },
    })
    expect(again.status).toBe(304)
    for (const name of ['ETag', 'Cache-Control', 'Vary', 'Access-Control-Allow-Origin', 'X-Request-Id'])
      expect(again.headers.get(name), name).toBe(
        name === 'X-Request-Id' ? again.headers.get(name) : first.headers.get(name),
      )
    expect(again.headers.get('X-Request-Id')).toMatch(/^[\w-]{8,}$/)
    // The cached 200 keeps its security headers; the 304 need not repeat them.
    for (const name of ['Content-Security-Policy', 'Strict-Transport-Security', 'Content-Type'])
      expect(again.headers.get(name), name).toBeNull()
  })

  it('gives different representations different ETags', async () => {
    const json = await app.request('/v1/claims')
    const csv = await app.request('/v1/claims', { headers: { Accept: 'text/csv' } })
    expect(json.headers.get('ETag')).not.toBe(csv.headers.get('ETag'))
  })

  it('gzips bodies over 1 KiB when asked, and not small ones', async () => {
    const big = await app.request('/v1/claims', { headers: { 'Accept-Encoding': 'gzip, br' } })
    expect(big.headers.get('Content-Encoding')).toBe('gzip')
    expect(big.headers.get('ETag')).toMatch(/-gzip"$/)
    const body = await new Response(big.body?.pipeThrough(new DecompressionStream('gzip'))).json()
    expect(body.meta.total).toBeGreaterThan(0)
    const small = await app.request('/health', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(small.headers.get('Content-Encoding')).toBeNull()
  })

  it('answers HEAD with headers and no body', async () => {
    const res = await app.request('/v1/claims', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('Content-Length'))).toBeGreaterThan(0)
    expect(await res.text()).toBe('')
  })
})

describe('headers on every response', () => {
  it.each(['/v1/claims', '/v1/claims/nope', '/nowhere'])(
    '%s carries CORS, security headers and a request id',
    async (path) => {
      const res = await app.request(path)
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
      expect(res.headers.get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains')
      expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'none'; frame-ancestors 'none'")
      expect(res.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/)
    },
  )

  it('echoes a well-formed incoming request id', async () => {
    const res = await app.request('/health', { headers: { 'X-Request-Id': 'trace-42' } })
    expect(res.headers.get('X-Request-Id')).toBe('trace-42')
  })

  it('serves the docs page and its start script from our own origin, with no inline script', async () => {
    const res = await app.request('/docs')
    expect(res.status).toBe(200)
    const csp = res.headers.get('Content-Security-Policy') as string
    expect(csp).toContain("script-src 'self';")
    expect(csp).not.toMatch(/https?:|cdn/)
    const html = await res.text()
    expect(html).not.toMatch(/<script>|<script [^>]*src="https?:/)
    const init = await app.request('/docs/init.js')
    expect(init.headers.get('Content-Type')).toMatch(/^text\/javascript/)
    expect(await init.text()).toContain("'/openapi.json'".replace(/'/g, '"'))
  })
})

describe('methods', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s is a 405 problem with Allow', async (method) => {
    const res = await app.request('/v1/claims', { method })
    expect(res.status).toBe(405)
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS')
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  })

  it('answers a CORS preflight', async () => {
    const res = await app.request('/v1/claims', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET, HEAD, OPTIONS')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })
})

describe('content negotiation', () => {
  it('is a 406 problem when no offered format is acceptable', async () => {
    const res = await app.request('/v1/claims', { headers: { Accept: 'image/png' } })
    expect(res.status).toBe(406)
    expect((await res.json()).detail).toBe(
      'This resource is available as application/json, text/csv, application/ld+json.',
    )
  })

  it('follows Accept quality values', async () => {
    const res = await app.request('/v1/claims', { headers: { Accept: 'application/json;q=0.5, text/csv' } })
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/)
  })
})

describe('rate limiting', () => {
  it('says the policy, counts down, then answers 429 with Retry-After', async () => {
    const limited = createApp({ rateLimit: { limit: 2, windowSeconds: 60 }, clientKey: () => 'one-client' })
    const first = await limited.request('/health')
    expect(first.headers.get('RateLimit-Policy')).toBe('"default";q=2;w=60')
    expect(first.headers.get('RateLimit')).toMatch(/^"default";r=1;t=\d+$/)
    await limited.request('/health')
    const third = await limited.request('/health')
    expect(third.status).toBe(429)
    expect(Number(third.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await third.json()).title).toBe('Too Many Requests')
  })

  it('counts clients apart', async () => {
    let who = 'a'
    const limited = createApp({ rateLimit: { limit: 1, windowSeconds: 60 }, clientKey: () => who })
    expect((await limited.request('/health')).status).toBe(200)
    who = 'b'
    expect((await limited.request('/health')).status).toBe(200)
  })
})

describe('unknown paths', () => {
  it('are 404 problems', async () => {
    const res = await app.request('/v2/nothing')
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({
      status: 404,
      detail: 'No resource at /v2/nothing. See /docs for what there is.',
    })
  })
})

describe('input that walks the prototype', () => {
  it.each(['constructor', '__proto__', 'toString', 'valueOf'])(
    '/v1/estimates/%s is a 404 problem',
    async (name) => {
      const res = await app.request(`/v1/estimates/${name}`)
      expect(res.status).toBe(404)
      expect(res.headers.get('Content-Type')).toContain('application/problem+json')
    },
  )

  it('treats ?constructor=1 as one unknown parameter, not a repeated one', async () => {
    const res = await app.request('/v1/claims?constructor=1')
    const body = await res.json()
    expect(res.status).toBe(400)
    expect(body.errors).toHaveLength(1)
    expect(body.errors[0].parameter).toBe('constructor')
    expect(body.errors[0].detail).not.toContain('more than once')
  })
})

describe('the client address behind proxies', () => {
  it('takes the address the trusted proxy appended, not what the client wrote first', () => {
    expect(forwardedClient('6.6.6.6, 203.0.113.9', 1)).toBe('203.0.113.9')
    expect(forwardedClient('6.6.6.6, 203.0.113.9, 10.0.0.2', 2)).toBe('203.0.113.9')
    expect(forwardedClient('203.0.113.9', 2)).toBeUndefined()
    expect(forwardedClient('6.6.6.6', 0)).toBeUndefined()
    expect(forwardedClient(undefined, 1)).toBeUndefined()
  })
})

describe('content coding as the client weighs it', () => {
  it('gzips only when gzip has a quality above zero', async () => {
    const coding = async (accept: string) =>
      (await app.request('/v1/claims', { headers: { 'Accept-Encoding': accept } })).headers.get(
        'Content-Encoding',
      )
    expect(await coding('gzip')).toBe('gzip')
    expect(await coding('br;q=1, gzip;q=0.5')).toBe('gzip')
    expect(await coding('gzip;q=0')).toBeNull()
    expect(await coding('*;q=0.1')).toBe('gzip')
    expect(await coding('*, gzip;q=0')).toBeNull()
    expect(await coding('identity')).toBeNull()
  })
})

describe('as_of with open-ended dates', () => {
  it('counts a claim made "since" a day from that day on', async () => {
    const { body: all } = await getJson('/v1/claims?limit=1')
    const { body: far } = await getJson('/v1/claims?limit=1&as_of=9999-12-31')
    expect(far.meta.total).toBe(all.meta.total)
  })
})

describe('links that integrators follow and caches keep', () => {
  it('follows Link rel=next from a default first page, on every list', async () => {
    for (const path of [
      '/v1/claims',
      '/v1/events',
      '/v1/actors',
      '/v1/sources',
      '/v1/claims?limit=050&status=reported',
    ]) {
      const first = await app.request(path)
      const link = first.headers.get('Link')
      expect(link, path).toMatch(/^<\/v1\/[a-z]+\?.*cursor=.*>; rel="next"$/)
      const next = await app.request(link?.slice(1, link.indexOf('>')) ?? '')
      expect(next.status, `${path} → ${link}`).toBe(200)
    }
  })

  it.each(['0x10', '1e2', '+5', '5.0', ''])('refuses limit=%s as not a whole number', async (limit) => {
    const res = await app.request(`/v1/claims?limit=${limit}`)
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].parameter).toBe('limit')
  })

  it('never takes absolute URLs from the Host a client sends', async () => {
    const poisoned = createApp({ rateLimit: false })
    await poisoned.request('http://evil.example/openapi.json', { headers: { Host: 'evil.example' } })
    await poisoned.request('http://evil.example/v1/changes', { headers: { Host: 'evil.example' } })
    const doc = await (await poisoned.request('/openapi.json')).json()
    expect(doc.servers).toEqual([{ url: '/' }])
    const feed = await (await poisoned.request('http://evil.example/v1/changes')).text()
    expect(feed).not.toContain('evil.example')
    const configured = createApp({ rateLimit: false, publicUrl: 'https://api.example.org/' })
    const served = await (await configured.request('http://evil.example/openapi.json')).json()
    expect(served.servers).toEqual([{ url: 'https://api.example.org' }])
  })

  it('gives each changelog entry its own id, and Atom an alternate link', async () => {
    const feed = await (await app.request('/v1/changes')).json()
    const ids = feed.items.map((item: { id: string }) => item.id)
    expect(new Set(ids).size).toBe(ids.length)
    const atom = await (await app.request('/v1/changes?format=atom')).text()
    expect(atom).toContain('<link rel="alternate"')
  })
})

describe('JSON-LD lists', () => {
  it('honour limit and give a Link to the next page', async () => {
    const res = await app.request('/v1/claims?limit=5', { headers: { Accept: 'application/ld+json' } })
    const body = await res.json()
    expect(body['@graph']).toHaveLength(5)
    expect(res.headers.get('Link')).toContain('cursor=')
  })
})

describe('search that finds', () => {
  const top = async (q: string) => (await getJson(`/v1/search?q=${encodeURIComponent(q)}`)).body.data
  it('forgives a misspelling and ranks the thing named first', async () => {
    expect((await top('vladivostock'))[0]).toMatchObject({ type: 'place', id: 'vladivostok' })
    expect((await top('NIS'))[0]).toMatchObject({ type: 'actor', id: 'rok-nis' })
  })

  it('finds the README example and words spread over fields, with the matched terms', async () => {
    const prisoners = await top('kursk prisoners')
    expect(prisoners.length).toBeGreaterThan(0)
    expect((await top('South Korea killed')).length).toBeGreaterThan(0)
    expect(prisoners[0].terms.length).toBeGreaterThan(0)
  })

  it('uses the same index for the claims q filter', async () => {
    const { body } = await getJson('/v1/claims?q=deaths')
    expect(body.meta.total).toBeGreaterThan(0)
  })
})

describe('the fast path', () => {
  // A Response, not a Promise: @hono/node-server then writes it at once, the plain header object as it is.
  it.each([
    ['/health', {}],
    ['/v1/claims?limit=50', { 'Accept-Encoding': 'gzip' }],
    ['/v1/claims?limit=50', { 'If-None-Match': '"stale"' }],
  ])('answers a memoised %s synchronously', async (path, headers: Record<string, string>) => {
    await app.request(path, { headers })
    const answer = app.fetch(new Request(`http://localhost${path}`, { headers }))
    expect(answer).toBeInstanceOf(Response)
    expect((answer as Response).status).toBe(200)
  })

  it('still limits when the limiter is on', async () => {
    const limited = createApp({ rateLimit: { limit: 1, windowSeconds: 60 }, clientKey: () => 'fast' })
    expect((limited.fetch(new Request('http://localhost/health')) as Response).status).toBe(200)
    expect((limited.fetch(new Request('http://localhost/health')) as Response).status).toBe(429)
  })
})
