import type { Context, MiddlewareHandler } from 'hono'
import { problem } from '../http/problem.ts'

export interface RateLimitOptions {
  /** Requests allowed per client in each window. */
  limit: number
  windowSeconds: number
  /** Who the client is; on Node the remote address, on Workers CF-Connecting-IP. */
  clientKey: (c: Context) => string
}

/**
 * A fixed-window limiter held in memory, with the IETF RateLimit-Policy / RateLimit headers and a 429 problem with
 * Retry-After. It counts per process: on Cloudflare Workers use the platform's rate limiting rules instead.
 */
export function rateLimit({ limit, windowSeconds, clientKey }: RateLimitOptions): MiddlewareHandler {
  const counts = new Map<string, number>()
  let windowStart = 0
  const policy = `"default";q=${limit};w=${windowSeconds}`
  return async function rateLimitMiddleware(c, next) {
    const now = Math.floor(Date.now() / 1000)
    if (now - windowStart >= windowSeconds) {
      // A new window: forget every client at once, so the map never outgrows one window's clients.
      windowStart = now - (now % windowSeconds)
      counts.clear()
    }
    const key = clientKey(c)
    const used = (counts.get(key) ?? 0) + 1
    counts.set(key, used)
    const reset = windowStart + windowSeconds - now
    const remaining = Math.max(0, limit - used)
    if (used > limit) {
      c.res = problem(c, 429, `More than ${limit} requests in ${windowSeconds} s; retry in ${reset} s.`, {
        headers: { 'Retry-After': String(reset) },
      })
    } else {
      await next()
    }
    c.res.headers.set('RateLimit-Policy', policy)
    c.res.headers.set('RateLimit', `"default";r=${remaining};t=${reset}`)
  }
}
