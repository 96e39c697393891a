import type { IncomingMessage, ServerResponse } from 'node:http'
import { headersFor, requestId } from './edge.ts'
import { type Memo, memoKey } from './memo.ts'
import type { RateVerdict } from './rate-limit.ts'
import { choose } from './representation.ts'

type Listener = (req: IncomingMessage, res: ServerResponse) => void
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)

/**
 * A node:http listener that answers from the memo what the app has answered once, with the same headers, the same
 * 304/gzip/HEAD rules (`choose`) and the same limiter, and hands everything else to `next` (the app). A miss costs
 * one map lookup; a hit skips building a Request, a Context and a Response.
 */
export function memoFirst(
  memo: Memo,
  limiter: ((client: string) => RateVerdict) | undefined,
  clientOf: (req: IncomingMessage) => string,
  next: Listener,
): Listener {
  return function memoFirstListener(req, res) {
    const method = req.method as string
    if (method !== 'GET' && method !== 'HEAD') return next(req, res)
    const { headers } = req
    const rep = memo.get(memoKey(req.url as string, one(headers.accept), one(headers['accept-language'])))
    const chosen = rep && choose(rep, method, one(headers['if-none-match']), one(headers['accept-encoding']))
    if (!chosen) return next(req, res)
    const verdict = limiter?.(clientOf(req))
    // Over the limit: the app answers the 429 (and counts it again, which changes nothing for a refused client).
    if (verdict?.refused) return next(req, res)
    if (verdict) {
      res.writeHead(chosen.status, headersFor(one(headers['x-request-id']), verdict.headers, chosen.head))
    } else {
      // writeHead serialises the head before it returns, and every other user overwrites the id slot, so the
      // shared head can carry this request's id instead of being copied (a copy a request cost a tenth here).
      const head = chosen.head as Record<string, string>
      head['X-Request-Id'] = requestId(one(headers['x-request-id']))
      res.writeHead(chosen.status, head)
    }
    res.end(chosen.body ?? undefined)
  }
}
