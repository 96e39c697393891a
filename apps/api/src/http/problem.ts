import type { Context } from 'hono'
import { completeHead, responseHeaders } from './edge.ts'

/** One thing wrong with a request, as listed in a 400 problem's `errors`. */
export interface ParameterError {
  parameter: string
  detail: string
}

/** An RFC 9457 problem details body. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance: string
  errors?: ParameterError[]
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
}

/** Answers with `application/problem+json` in English, never a stack trace. */
export function problem(
  c: Context,
  status: 400 | 404 | 405 | 406 | 429 | 500,
  detail: string,
  extra: { errors?: ParameterError[]; headers?: Record<string, string> } = {},
): Response {
  const body: Problem = {
    type: 'about:blank',
    title: titles[status] as string,
    status,
    detail,
    instance: c.req.path,
    ...(extra.errors ? { errors: extra.errors } : {}),
  }
  return new Response(JSON.stringify(body), {
    status,
    headers: responseHeaders(
      c,
      completeHead({
        'Content-Type': 'application/problem+json',
        // Whatever language was asked for: problem details are written in English only.
        'Content-Language': 'en',
        'Cache-Control': 'no-store',
        ...extra.headers,
      }),
    ),
  })
}
