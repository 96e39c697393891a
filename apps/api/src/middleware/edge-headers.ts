import type { MiddlewareHandler } from 'hono'
import { problem } from '../http/problem.ts'

export interface EdgeHeadersOptions {
  /** Paths whose Content-Security-Policy is set by their own handler (the docs page). */
  ownCsp?: string[]
}

const allowed = 'GET, HEAD, OPTIONS'
const common: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Link, RateLimit, RateLimit-Policy, Retry-After, X-Request-Id',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Cross-Origin-Resource-Policy': 'cross-origin',
}
const apiCsp = "default-src 'none'; frame-ancestors 'none'"
const requestIdPattern = /^[\w.-]{1,64}$/

/**
 * One middleware for what every response carries: open CORS for reads, security headers, a request id, and
 * 405 for methods that would change something (this API is read-only).
 */
export function edgeHeaders({ ownCsp = [] }: EdgeHeadersOptions = {}): MiddlewareHandler {
  return async function edgeHeadersMiddleware(c, next) {
    const incoming = c.req.header('X-Request-Id')
    const requestId = incoming && requestIdPattern.test(incoming) ? incoming : crypto.randomUUID()
    const method = c.req.method
    if (method === 'OPTIONS') {
      c.res = new Response(null, {
        status: 204,
        headers: {
          Allow: allowed,
          'Access-Control-Allow-Methods': allowed,
          'Access-Control-Allow-Headers': c.req.header('Access-Control-Request-Headers') ?? '*',
          'Access-Control-Max-Age': '86400',
        },
      })
    } else if (method !== 'GET' && method !== 'HEAD') {
      c.res = problem(c, 405, `${method} is not allowed: this API is read-only.`, {
        headers: { Allow: allowed },
      })
    } else {
      await next()
    }
    const headers = c.res.headers
    for (const name in common) headers.set(name, common[name] as string)
    if (!ownCsp.includes(c.req.path)) headers.set('Content-Security-Policy', apiCsp)
    headers.set('X-Request-Id', requestId)
  }
}
