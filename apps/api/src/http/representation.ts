import type { Context } from 'hono'
import { fnv1a } from './hash.ts'

/** A response body serialised once, with its strong ETag and, when worth it, a gzip copy made on first use. */
export interface Representation {
  readonly type: string
  readonly body: Uint8Array
  readonly etag: string
  gzip?: Promise<Uint8Array>
  /** Extra headers, e.g. a Link to the next page. */
  readonly headers?: Record<string, string>
}

/** Bodies under this size are sent as they are: compressing them saves nothing. */
export const compressMinBytes = 1024
const encoder = new TextEncoder()

/** Serialises `text` once and fingerprints it. */
export function represent(type: string, text: string, headers?: Record<string, string>): Representation {
  return { type, body: encoder.encode(text), etag: `"${fnv1a(text)}-${text.length.toString(36)}"`, headers }
}

async function gzip(body: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([body as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** Whether an If-None-Match header matches the ETag (weak comparison, as RFC 9110 asks for If-None-Match). */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const strip = (tag: string) =>
    tag
      .trim()
      .replace(/^W\//, '')
      .replace(/-gzip"$/, '"')
  const own = strip(etag)
  return ifNoneMatch.split(',').some((tag) => strip(tag) === own)
}

/** Sends a representation: 304 when the client has it, gzip when accepted and worth it, HEAD without a body. */
export async function send(c: Context, rep: Representation, cacheControl: string): Promise<Response> {
  const headers = new Headers({
    'Cache-Control': cacheControl,
    Vary: 'Accept, Accept-Encoding',
    ...rep.headers,
  })
  if (matches(c.req.header('If-None-Match'), rep.etag)) {
    headers.set('ETag', rep.etag)
    return new Response(null, { status: 304, headers })
  }
  let body = rep.body
  let etag = rep.etag
  if (body.byteLength >= compressMinBytes && acceptsGzip(c.req.header('Accept-Encoding'))) {
    rep.gzip ??= gzip(rep.body)
    body = await rep.gzip
    etag = `${rep.etag.slice(0, -1)}-gzip"`
    headers.set('Content-Encoding', 'gzip')
  }
  headers.set('Content-Type', rep.type)
  headers.set('ETag', etag)
  headers.set('Content-Length', String(body.byteLength))
  // encodeBody 'manual' tells workerd the body is already gzipped (other runtimes ignore the field).
  const init = { status: 200, headers, encodeBody: 'manual' } as ResponseInit
  return new Response(c.req.method === 'HEAD' ? null : (body as BodyInit), init)
}

/** True when Accept-Encoding allows gzip: named with q > 0, or `*` with q > 0 and gzip not refused (RFC 9110). */
export function acceptsGzip(header: string | undefined): boolean {
  const quality = new Map<string, number>()
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    if (name) quality.set(name, q ? Number(q.slice(2)) || 0 : 1)
  }
  return (quality.get('gzip') ?? quality.get('x-gzip') ?? quality.get('*') ?? 0) > 0
}
