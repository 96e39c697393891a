// Production entry: serves the built dashboard on PORT (default 5173), compressing rendered pages on the way out.
// Assets are precompressed by adapter-node (precompress); security and cache headers come from src/hooks.server.ts.
import { createServer } from 'node:http'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

/** @typedef {'br' | 'gzip' | 'identity'} Coding */

// Below this, a coded body saves less than its headers and a round of CPU cost.
const minBytes = 1024
// Codings we apply, in order of preference when a client rates them the same.
const codings = /** @type {const} */ (['br', 'gzip'])

/**
 * The content coding for an Accept-Encoding header (RFC 9110 §12.5.3): the highest q among br and gzip, or
 * identity when neither is acceptable, the header is absent, or identity is explicitly rated higher.
 * @param {string | undefined} header
 * @returns {Coding}
 */
export function negotiateEncoding(header) {
  if (!header) return 'identity'
  /** @type {Map<string, number>} */
  const weights = new Map()
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0)
  }
  const any = weights.get('*')
  /** @type {Coding} */
  let best = 'identity'
  // Identity is acceptable unless excluded; only an explicit rating lets it beat a coding.
  let bestWeight = weights.get('identity') ?? (any === 0 ? 0 : 0.0001)
  for (const coding of codings) {
    const weight = weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined) ?? any ?? 0
    if (weight > 0 && weight > bestWeight) {
      best = coding
      bestWeight = weight
    }
  }
  return best
}

/**
 * Whether a body of this Content-Type is worth compressing: text and structured text, but not images, fonts
 * or archives (already compressed) and not streams (buffering them would hold back their first bytes).
 * @param {unknown} contentType
 */
export function isCompressible(contentType) {
  const type = String(contentType ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase()
  if (!type || type === 'text/event-stream' || type === 'text/sveltekit-data') return false
  return /^text\/|[+/](json|xml)$|^application\/(javascript|ecmascript)$|^image\/svg\+xml$/.test(type)
}

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * @param {Buffer} body
 * @param {'br' | 'gzip'} coding
 * @param {number} quality brotli quality (ignored for gzip)
 */
function encode(body, coding, quality) {
  return coding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      })
    : gzipAsync(body, { level: 9 })
}

// Pages are the same for every visitor until the next deployment, so a coded body is kept by its ETag: the first
// request gets fast brotli (quality 5), one background job at a time recodes it at 11 for everyone after.
const memoBudget = 32 * 1024 * 1024
/** @type {Map<string, { bytes: Buffer, final: boolean }>} */
const memo = new Map()
let memoBytes = 0
let upgrading = false

/** @param {string} key @param {Buffer} bytes @param {boolean} final */
function remember(key, bytes, final) {
  const old = memo.get(key)
  if (old) memoBytes -= old.bytes.byteLength
  memo.delete(key)
  memo.set(key, { bytes, final })
  memoBytes += bytes.byteLength
  // Oldest first: a Map iterates in insertion order.
  for (const [k, v] of memo) {
    if (memoBytes <= memoBudget) break
    memo.delete(k)
    memoBytes -= v.bytes.byteLength
  }
}

/** @param {string} key @param {Buffer} body */
function upgrade(key, body) {
  if (upgrading) return
  upgrading = true
  encode(body, 'br', 11)
    .then((bytes) => memo.has(key) && remember(key, bytes, true))
    .catch(() => {})
    .finally(() => {
      upgrading = false
    })
}

/**
 * @param {Buffer} body
 * @param {'br' | 'gzip'} coding
 * @param {string | undefined} etag
 */
async function coded(body, coding, etag) {
  if (!etag) return encode(body, coding, 5)
  const key = `${coding} ${etag}`
  const hit = memo.get(key)
  if (hit) {
    if (!hit.final) upgrade(key, body)
    return hit.bytes
  }
  const bytes = await encode(body, coding, 5)
  remember(key, bytes, coding === 'gzip')
  if (coding === 'br') upgrade(key, body)
  return bytes
}

/** @param {import('node:http').ServerResponse} res */
function addVary(res) {
  const vary = String(res.getHeader('vary') ?? '')
  if (!/accept-encoding|\*/i.test(vary))
    res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
}

// A strong ETag names one representation, so a coded body gets its own: "hash" becomes "hash.br".
const suffixed = (/** @type {string} */ etag, /** @type {string} */ coding) =>
  etag.startsWith('"') ? `${etag.slice(0, -1)}.${coding}"` : etag

/**
 * Wraps `res` so that a compressible response is buffered, then sent with the negotiated coding, its
 * Content-Length and `Vary: Accept-Encoding`. Anything already coded (precompressed assets), not compressible,
 * or answering HEAD goes through untouched.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Coding} coding
 * @param {string | undefined} ifNoneMatch the request's If-None-Match as the client sent it
 */
export function compressResponse(req, res, coding, ifNoneMatch) {
  const { writeHead, write, end } = res
  /** @type {Buffer[]} */
  const chunks = []
  /** @type {'pending' | 'pass' | 'buffer'} */
  let mode = 'pending'

  const decide = () => {
    if (mode !== 'pending') return
    const etag = res.getHeader('etag')
    if (res.statusCode === 304 && typeof etag === 'string') {
      addVary(res)
      // Answer with the tag the client holds, the coded one if that is what it was sent.
      if (coding !== 'identity' && ifNoneMatch?.includes(suffixed(etag, coding)))
        res.setHeader('etag', suffixed(etag, coding))
    }
    const compressible =
      !res.getHeader('content-encoding') &&
      res.statusCode !== 304 &&
      isCompressible(res.getHeader('content-type'))
    if (compressible) addVary(res)
    mode = compressible && coding !== 'identity' && req.method !== 'HEAD' ? 'buffer' : 'pass'
    if (mode === 'pass') Object.assign(res, { writeHead, write, end })
  }

  /** @type {any} */ const r = res
  r.writeHead = (/** @type {number} */ status, /** @type {any[]} */ ...rest) => {
    res.statusCode = status
    if (typeof rest[0] === 'string') res.statusMessage = rest.shift()
    const headers = rest[0]
    if (headers && !Array.isArray(headers)) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v)
    decide()
    return mode === 'pass' ? writeHead.call(res, status) : res
  }
  r.write = (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) => {
    decide()
    if (mode === 'pass') return write.call(res, chunk, encoding, callback)
    chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? encoding : undefined))
    ;(typeof encoding === 'function' ? encoding : callback)?.()
    return true
  }
  r.end = (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) => {
    decide()
    if (mode === 'pass') return end.call(res, chunk, encoding, callback)
    if (typeof chunk === 'function') callback = chunk
    else if (chunk != null)
      chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? encoding : undefined))
    if (typeof encoding === 'function') callback = encoding
    const body = Buffer.concat(chunks)
    const send = (/** @type {Buffer} */ bytes) => {
      res.setHeader('content-length', bytes.byteLength)
      writeHead.call(res, res.statusCode)
      end.call(res, bytes, callback)
    }
    if (body.byteLength < minBytes || coding === 'identity') {
      send(body)
      return res
    }
    const etag = res.getHeader('etag')
    coded(body, coding, typeof etag === 'string' ? etag : undefined).then(
      (bytes) => {
        res.setHeader('content-encoding', coding)
        if (typeof etag === 'string') res.setHeader('etag', suffixed(etag, coding))
        send(bytes)
      },
      () => send(body),
    )
    return res
  }
}

/**
 * The request handler: negotiates the coding once, so adapter-node's static files (which ignore q-values) and
 * rendered pages agree, then hands over to SvelteKit's handler.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} handler
 */
export function createHandler(handler) {
  return (
    /** @type {import('node:http').IncomingMessage} */ req,
    /** @type {import('node:http').ServerResponse} */ res,
  ) => {
    const coding = negotiateEncoding(req.headers['accept-encoding'])
    req.headers['accept-encoding'] = coding
    const ifNoneMatch = req.headers['if-none-match']
    // The page's ETag is computed on the uncoded body: "hash.br" revalidates "hash".
    if (ifNoneMatch) req.headers['if-none-match'] = ifNoneMatch.replace(/\.(br|gzip)"/g, '"')
    // Static files are answered before SvelteKit's hooks run, so they get this one header here.
    res.setHeader('x-content-type-options', 'nosniff')
    compressResponse(req, res, coding, ifNoneMatch)
    handler(req, res)
  }
}

async function main() {
  const port = Number(process.env.PORT ?? 5173)
  const host = process.env.HOST ?? '127.0.0.1'
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
  // adapter-node reads ORIGIN when its handler loads, so set it first: the public origin when there is one.
  if (process.env.PUBLIC_ORIGIN) process.env.ORIGIN ??= new URL(process.env.PUBLIC_ORIGIN).origin
  process.env.ORIGIN ??= url

  const { handler } = await import('./build/handler.js')
  const server = createServer(createHandler(handler)).listen(port, host, () => {
    console.log(`Dashboard on ${url} (API: ${process.env.API_URL ?? 'http://127.0.0.1:8787'})`)
  })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.close(() => process.exit(0)))
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
