/** @module Server hooks: security headers, cache headers and ETags for pages, public URLs in locals, the API binding. */
import type { Handle, HandleFetch } from '@sveltejs/kit'
import { sequence } from '@sveltejs/kit/hooks'
import { env as privateEnv } from '$env/dynamic/private'
import { env as publicEnv } from '$env/dynamic/public'
import { baseLocale, deLocalizeUrl, extractLocaleFromUrl } from '$lib/paraglide/runtime'
import { chooseLanguage, renderInLanguage } from '$lib/server/language'

/** Where server loads find the API when API_URL is unset (the same default as $lib/server/api). */
const defaultApiUrl = 'http://127.0.0.1:8787'

// The dataset is immutable per deployment: browsers revalidate (cheap with the ETag), shared caches keep 5 minutes.
const pageCacheControl = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400'

/** Pages under /embed/ are made to be shown in other sites' frames; every other page refuses to be framed. */
export function isEmbeddable(pathname: string): boolean {
  return pathname.startsWith('/embed/')
}

/** The security headers for a response to `pathname`, with `csp` (SvelteKit's, if any) extended by frame-ancestors. */
export function securityHeaders(pathname: string, csp: string | null): Record<string, string> {
  const embeddable = isEmbeddable(pathname)
  const frameAncestors = `frame-ancestors ${embeddable ? '*' : "'none'"}`
  const headers: Record<string, string> = {
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'cross-origin-opener-policy': 'same-origin',
    'content-security-policy': csp ? `${csp.replace(/;\s*$/, '')}; ${frameAncestors}` : frameAncestors,
  }
  // X-Frame-Options has no "allow any site" value: embeddable pages must not send it at all.
  if (!embeddable) headers['x-frame-options'] = 'DENY'
  return headers
}

const isLoopback = (url: URL) =>
  url.hostname === 'localhost' ||
  url.hostname.endsWith('.localhost') ||
  url.hostname === '[::1]' ||
  url.hostname === '0.0.0.0' ||
  /^127\.\d+\.\d+\.\d+$/.test(url.hostname)

/** The settings publicUrls reads: the process or Worker environment. */
export interface PublicUrlSettings {
  PUBLIC_ORIGIN?: string
  PUBLIC_API_URL?: string
  API_URL?: string
}

/**
 * The site's and the API's URLs as visitors see them. PUBLIC_ORIGIN and PUBLIC_API_URL win; without them
 * (development) the origin is the request's and the API is API_URL, except that once PUBLIC_ORIGIN is set a
 * loopback API_URL is never offered to visitors.
 */
export function publicUrls(
  settings: PublicUrlSettings,
  requestUrl: URL,
): { publicOrigin: string; publicApiUrl: string | undefined } {
  const publicOrigin = settings.PUBLIC_ORIGIN ? new URL(settings.PUBLIC_ORIGIN).origin : requestUrl.origin
  if (settings.PUBLIC_API_URL)
    return { publicOrigin, publicApiUrl: settings.PUBLIC_API_URL.replace(/\/+$/, '') }
  const api = new URL(settings.API_URL || defaultApiUrl)
  const publicApiUrl = settings.PUBLIC_ORIGIN && isLoopback(api) ? undefined : api.href.replace(/\/+$/, '')
  return { publicOrigin, publicApiUrl }
}

/** Weak comparison (RFC 9110 §13.1.2), as If-None-Match requires: a W/ prefix does not matter. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const opaque = etag.replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque)
}

/** A strong ETag: the SHA-256 of the body, base64url. */
async function strongEtag(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body))
  const base64 = btoa(String.fromCharCode(...digest))
  return `"${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"`
}

const isEnglishDocument = (url: URL, headers: Headers) =>
  extractLocaleFromUrl(url) === baseLocale && (headers.get('content-type') ?? '').startsWith('text/html')

/** Whether a GET response is a finished page or document that caches and ETags apply to. */
function isCacheable(request: Request, response: Response): boolean {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || response.status !== 200) return false
  if (response.headers.has('set-cookie')) return false
  const type = response.headers.get('content-type') ?? ''
  // text/sveltekit-data and a page without SvelteKit's own etag are streamed: buffering them would stall the stream.
  if (type.startsWith('text/sveltekit-data') || type.startsWith('text/event-stream')) return false
  if (type.startsWith('text/html') && !response.headers.has('etag')) return false
  return true
}

const deliver: Handle = async ({ event, resolve }) => {
  const urls = publicUrls(
    {
      PUBLIC_ORIGIN: publicEnv.PUBLIC_ORIGIN,
      PUBLIC_API_URL: publicEnv.PUBLIC_API_URL,
      API_URL: privateEnv.API_URL,
    },
    event.url,
  )
  event.locals.publicOrigin = urls.publicOrigin
  event.locals.publicApiUrl = urls.publicApiUrl

  const response = await resolve(event)
  // A fresh Headers: a response passed through from fetch() has immutable ones.
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(
    securityHeaders(deLocalizeUrl(event.url).pathname, response.headers.get('content-security-policy')),
  ))
    headers.set(name, value)

  // Whether an English page answers or redirects to the visitor's language depends on these (src/lib/server/language).
  if (!isEmbeddable(deLocalizeUrl(event.url).pathname) && isEnglishDocument(event.url, headers))
    headers.append('vary', 'Cookie, Accept-Language')
  if (!isCacheable(event.request, response)) {
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
  const body = await response.arrayBuffer()
  const etag = await strongEtag(body)
  headers.set('etag', etag)
  // SvelteKit marks __data.json (client-side navigation) private, no-store by default; here it is as public as the page.
  if (
    !headers.has('cache-control') ||
    (event.isDataRequest && headers.get('cache-control') === 'private, no-store')
  )
    headers.set('cache-control', pageCacheControl)
  if (matchesIfNoneMatch(event.request.headers.get('if-none-match'), etag)) {
    for (const name of ['content-type', 'content-length', 'content-encoding']) headers.delete(name)
    return new Response(null, { status: 304, headers })
  }
  return new Response(body, { status: 200, headers })
}

export const handle = sequence(chooseLanguage, renderInLanguage, deliver)

export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  // On Workers the API is a service binding: requests for API_URL go to it directly, not over the internet.
  const binding = event.platform?.env?.API
  if (binding && new URL(request.url).origin === new URL(privateEnv.API_URL || defaultApiUrl).origin) {
    return binding.fetch(request)
  }
  return fetch(request)
}
