import type { Context } from 'hono'
import { addResponseHeaders } from './edge.ts'
import { problem } from './problem.ts'

export interface RateLimitOptions {
  /** Requests allowed per client in each window. */
  limit: number
  windowSeconds: number
}

/** The limiter's answer for one request: the headers that say where the client stands, and whether to refuse. */
export interface RateVerdict {
  headers: Record<string, string>
  refused?: { retryAfter: number; detail: string }
}

/**
 * A fixed-window limiter held in memory, with the IETF RateLimit-Policy / RateLimit headers. It counts per
 * process: on Cloudflare Workers use the platform's rate limiting rules instead (and RATE_LIMIT=0).
 */
export function createRateLimiter({
  limit,
  windowSeconds,
}: RateLimitOptions): (client: string) => RateVerdict {
  const counts = new Map<string, number>()
  let windowStart = 0
  const policy = `"default";q=${limit};w=${windowSeconds}`
  return function take(client) {
    const now = Math.floor(Date.now() / 1000)
    if (now - windowStart >= windowSeconds) {
      // A new window: forget every client at once, so the map never outgrows one window's clients.
      windowStart = now - (now % windowSeconds)
      counts.clear()
    }
    const used = (counts.get(client) ?? 0) + 1
    counts.set(client, used)
    const reset = windowStart + windowSeconds - now
    const headers = {
      'RateLimit-Policy': policy,
      RateLimit: `"default";r=${Math.max(0, limit - used)};t=${reset}`,
    }
    if (used <= limit) return { headers }
    return {
      headers,
      refused: {
        retryAfter: reset,
        detail: `More than ${limit} requests in ${windowSeconds} s; retry in ${reset} s.`,
      },
    }
  }
}

/** A route handler that may answer synchronously, which keeps @hono/node-server on its fast path. */
export type Handler = (c: Context) => Response | Promise<Response>
/** Wraps a handler with what must run before every route (today, the limiter). */
export type Guard = (handler: Handler) => Handler

/**
 * The limiter as a wrapper around each handler rather than a middleware: a route with one synchronous handler is
 * answered without a promise, where a middleware chain always makes one.
 */
export function limitedBy(
  take: ((client: string) => RateVerdict) | undefined,
  clientKey: (c: Context) => string,
): Guard {
  if (!take) return (handler) => handler
  return (handler) => (c) => {
    const verdict = take(clientKey(c))
    addResponseHeaders(c, verdict.headers)
    if (!verdict.refused) return handler(c)
    return problem(c, 429, verdict.refused.detail, {
      headers: { 'Retry-After': String(verdict.refused.retryAfter) },
    })
  }
}
