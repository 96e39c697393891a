import { describe, expect, it } from 'vitest'
import { isEmbeddable, matchesIfNoneMatch, publicUrls, securityHeaders } from '../src/hooks.server.ts'

const kitCsp = "default-src 'self'; script-src 'self' 'sha256-abc'"

describe('securityHeaders', () => {
  it('refuses framing on ordinary pages, in the CSP and with X-Frame-Options', () => {
    const headers = securityHeaders('/claims', kitCsp)
    expect(headers['content-security-policy']).toBe(`${kitCsp}; frame-ancestors 'none'`)
    expect(headers['x-frame-options']).toBe('DENY')
  })

  it('lets any site frame /embed/ pages and sends no X-Frame-Options there', () => {
    const headers = securityHeaders('/embed/estimates/killed', kitCsp)
    expect(headers['content-security-policy']).toBe(`${kitCsp}; frame-ancestors *`)
    expect(headers).not.toHaveProperty('x-frame-options')
  })

  it('treats only paths under /embed/ as embeddable', () => {
    expect(isEmbeddable('/embed/x')).toBe(true)
    expect(isEmbeddable('/embed')).toBe(false)
    expect(isEmbeddable('/embedded/x')).toBe(false)
    expect(isEmbeddable('/claims/embed/x')).toBe(false)
  })

  it('sends frame-ancestors alone when SvelteKit set no CSP (endpoints)', () => {
    expect(securityHeaders('/robots.txt', null)['content-security-policy']).toBe("frame-ancestors 'none'")
  })

  it('always sends HSTS, nosniff, the referrer, permissions and opener policies', () => {
    expect(securityHeaders('/', null)).toMatchObject({
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': expect.stringContaining('camera=()'),
      'cross-origin-opener-policy': 'same-origin',
    })
  })
})

describe('publicUrls', () => {
  const request = new URL('http://127.0.0.1:5173/claims?x=1')

  it('uses PUBLIC_ORIGIN and PUBLIC_API_URL when set, without trailing slashes', () => {
    expect(
      publicUrls(
        { PUBLIC_ORIGIN: 'https://dprk.example/', PUBLIC_API_URL: 'https://api.dprk.example/' },
        request,
      ),
    ).toEqual({ publicOrigin: 'https://dprk.example', publicApiUrl: 'https://api.dprk.example' })
  })

  it('in development takes the origin from the request and the API from API_URL', () => {
    expect(publicUrls({ API_URL: 'http://127.0.0.1:8787' }, request)).toEqual({
      publicOrigin: 'http://127.0.0.1:5173',
      publicApiUrl: 'http://127.0.0.1:8787',
    })
    expect(publicUrls({}, request).publicApiUrl).toBe('http://127.0.0.1:8787')
  })

  it('never offers a loopback API or origin once PUBLIC_ORIGIN is set', () => {
    for (const api of ['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787', undefined]) {
      const urls = publicUrls({ PUBLIC_ORIGIN: 'https://dprk.example', API_URL: api }, request)
      expect(urls, String(api)).toEqual({ publicOrigin: 'https://dprk.example', publicApiUrl: undefined })
    }
  })

  it('offers a public API_URL when PUBLIC_API_URL is unset', () => {
    const urls = publicUrls(
      { PUBLIC_ORIGIN: 'https://dprk.example', API_URL: 'https://api.dprk.example' },
      request,
    )
    expect(urls.publicApiUrl).toBe('https://api.dprk.example')
  })
})

describe('matchesIfNoneMatch', () => {
  it('compares weakly, in lists, and matches *', () => {
    expect(matchesIfNoneMatch('"abc"', '"abc"')).toBe(true)
    expect(matchesIfNoneMatch('W/"abc"', '"abc"')).toBe(true)
    expect(matchesIfNoneMatch('"x", "abc"', '"abc"')).toBe(true)
    expect(matchesIfNoneMatch('*', '"abc"')).toBe(true)
    expect(matchesIfNoneMatch('"abd"', '"abc"')).toBe(false)
    expect(matchesIfNoneMatch(null, '"abc"')).toBe(false)
  })
})
