import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** An RFC 9457 problem details body. */
export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  [extension: string]: unknown
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
}

/** Answers with `application/problem+json`; `type` defaults to about:blank as RFC 9457 says. */
export function problem(c: Context, status: ContentfulStatusCode, fields: Partial<Problem> = {}): Response {
  const body: Problem = {
    type: 'about:blank',
    title: titles[status] ?? 'Error',
    status,
    instance: new URL(c.req.url).pathname,
    ...fields,
  }
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json' })
}
