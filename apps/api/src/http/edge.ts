import type { Context } from 'hono'

/** What every response carries: open CORS for reads and the security headers of an API that serves data only. */
export const edgeHeaders: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Link, RateLimit, RateLimit-Policy, Retry-After, X-Request-Id',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
}

const requestIdPattern = /^[\w.-]{1,64}$/
// Headers one request adds to whatever answers it (the limiter's counts), kept beside the context.
const added = new WeakMap<Context, Record<string, string>>()

/** Adds headers to the response this request will get, whichever code path makes it. */
export function addResponseHeaders(c: Context, headers: Record<string, string>) {
  added.set(c, { ...added.get(c), ...headers })
}

/** The request id a response carries: the client's when well-formed, else a new one. */
export function requestId(incoming: string | undefined): string {
  return incoming && requestIdPattern.test(incoming) ? incoming : crypto.randomUUID()
}

/**
 * `own` over the edge headers, with a slot for the request id: a response's complete head, made once per
 * representation. A plain object lets Node write it without building a Headers.
 */
export function completeHead(own: Readonly<Record<string, string>>): Record<string, string> {
  return { ...edgeHeaders, 'X-Request-Id': '', ...own }
}

/**
 * The head of one response: the complete head with this request's id and what the request added. One copy of a
 * fixed shape per request: merging three objects per request instead halved a small route's throughput.
 */
export function headersFor(
  incomingRequestId: string | undefined,
  addedHeaders: Readonly<Record<string, string>> | undefined,
  complete: Readonly<Record<string, string>>,
): Record<string, string> {
  const id = requestId(incomingRequestId)
  return addedHeaders
    ? { ...complete, 'X-Request-Id': id, ...addedHeaders }
    : { ...complete, 'X-Request-Id': id }
}

/** The head of the response to `c`, from a complete head (`completeHead`). */
export function responseHeaders(
  c: Context,
  complete: Readonly<Record<string, string>>,
): Record<string, string> {
  return headersFor(c.req.header('X-Request-Id'), added.get(c), complete)
}
