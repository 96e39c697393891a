import type { Context } from 'hono'
import { completeHead, edgeHeaders, responseHeaders } from './edge.ts'
import { fnv1a } from './hash.ts'

/** One encoding of a representation: its bytes and the complete head a 200 sends with them. */
interface Encoded {
  readonly body: Uint8Array
  readonly head: Readonly<Record<string, string>>
}

/** A response body serialised once, with its strong ETag, its headers made once, and a gzip copy made on first use. */
export interface Representation {
  readonly etag: string
  readonly identity: Encoded
  /** The complete head a 304 sends: the validator, caching and Vary, the Link, CORS; not the security headers. */
  readonly notModified: Readonly<Record<string, string>>
  gzip?: Encoded
  gzipping?: Promise<Encoded>
}

/** Bodies under this size are sent as they are: compressing them saves nothing. */
export const compressMinBytes = 1024
const encoder = new TextEncoder()

/** Serialises `text` once, fingerprints it, and fixes the headers every answer with it carries. */
export function represent(
  type: string,
  text: string,
  cacheControl: string,
  headers?: Record<string, string>,
): Representation {
  const body = encoder.encode(text)
  // The same bytes in another language (a body with nothing translated) are another representation: another tag.
  const language = headers?.['Content-Language']
  const etag = `"${fnv1a(language ? `${language}\n${text}` : text)}-${text.length.toString(36)}"`
  const validators = {
    'Cache-Control': cacheControl,
    Vary: 'Accept, Accept-Encoding',
    ...headers,
    ETag: etag,
  }
  return {
    etag,
    // What a cache needs to freshen what it holds (RFC 9110 §15.4.5, RFC 9111 §4.3.4) and CORS; the stored 200 keeps
    // its security headers, so repeating them would only lengthen the answer meant to be the cheapest.
    notModified: {
      'Access-Control-Allow-Origin': edgeHeaders['Access-Control-Allow-Origin'] as string,
      'Access-Control-Expose-Headers': edgeHeaders['Access-Control-Expose-Headers'] as string,
      'X-Request-Id': '',
      ...validators,
    },
    identity: {
      body,
      head: completeHead({ ...validators, 'Content-Type': type, 'Content-Length': String(body.byteLength) }),
    },
  }
}

async function gzip(rep: Representation): Promise<Encoded> {
  const stream = new Blob([rep.identity.body as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'))
  const body = new Uint8Array(await new Response(stream).arrayBuffer())
  rep.gzip = {
    body,
    head: {
      ...rep.identity.head,
      'Content-Encoding': 'gzip',
      ETag: `${rep.etag.slice(0, -1)}-gzip"`,
      'Content-Length': String(body.byteLength),
    },
  }
  return rep.gzip
}

/** Whether an If-None-Match header matches the ETag (weak comparison, as RFC 9110 asks for If-None-Match). */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch === etag) return true
  if (ifNoneMatch.trim() === '*') return true
  const strip = (tag: string) =>
    tag
      .trim()
      .replace(/^W\//, '')
      .replace(/-gzip"$/, '"')
  const own = strip(etag)
  return ifNoneMatch.split(',').some((tag) => strip(tag) === own)
}

/** What to send for one request: the status, the representation's own headers, and the bytes. */
export interface Chosen {
  status: 200 | 304
  head: Readonly<Record<string, string>>
  body: Uint8Array | null
}

/**
 * Picks the answer for a request from its method and conditional and coding headers: 304 when the client has it,
 * gzip when accepted and worth it, HEAD without a body. Undefined while the gzip copy is still being made.
 */
export function choose(
  rep: Representation,
  method: string,
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
): Chosen | undefined {
  if (matches(ifNoneMatch, rep.etag)) return { status: 304, head: rep.notModified, body: null }
  let encoded: Encoded | undefined = rep.identity
  if (encoded.body.byteLength >= compressMinBytes && acceptsGzip(acceptEncoding)) encoded = rep.gzip
  if (!encoded) return undefined
  return { status: 200, head: encoded.head, body: method === 'HEAD' ? null : encoded.body }
}

function answer(c: Context, chosen: Chosen): Response {
  // encodeBody 'manual' tells workerd a gzip body is already encoded (other runtimes ignore the field).
  const init = { status: chosen.status, headers: responseHeaders(c, chosen.head), encodeBody: 'manual' }
  return new Response(chosen.body as BodyInit | null, init as ResponseInit)
}

/**
 * Sends a representation as `choose` decides. Synchronous whenever it can be (all but the first gzip of a body),
 * so @hono/node-server writes the answer at once.
 */
export function send(c: Context, rep: Representation): Response | Promise<Response> {
  const pick = () => choose(rep, c.req.method, c.req.header('If-None-Match'), c.req.header('Accept-Encoding'))
  const chosen = pick()
  if (chosen) return answer(c, chosen)
  rep.gzipping ??= gzip(rep)
  return rep.gzipping.then(() => answer(c, pick() as Chosen))
}

const accepted = new Map<string, boolean>()

/** True when Accept-Encoding allows gzip: named with q > 0, or `*` with q > 0 and gzip not refused (RFC 9110). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false
  const known = accepted.get(header)
  if (known !== undefined) return known
  const quality = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    if (name) quality.set(name, q ? Number(q.slice(2)) || 0 : 1)
  }
  const result = (quality.get('gzip') ?? quality.get('x-gzip') ?? quality.get('*') ?? 0) > 0
  // Clients send a handful of distinct values; a bound keeps a hostile variety from growing the map.
  if (accepted.size < 256) accepted.set(header, result)
  return result
}
