import { type Handle, redirect } from '@sveltejs/kit'
import {
  baseLocale,
  cookieMaxAge,
  cookieName,
  deLocalizeUrl,
  extractLocaleFromHeader,
  extractLocaleFromUrl,
  isLocale,
  type Locale,
  localizeUrl,
} from '$lib/paraglide/runtime'
import { paraglideMiddleware } from '$lib/paraglide/server'

// A relative Location: the request's origin may be an internal one behind a proxy.
const here = (url: URL) => url.pathname + url.search

const remember = (cookies: Parameters<Handle>[0]['event']['cookies'], locale: Locale) =>
  cookies.set(cookieName, locale, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' })

/**
 * The language of a page comes from its URL (/ko/…, /uk/…, English unprefixed). Entering the site at an English
 * URL, a visitor is sent to the language they chose before (the cookie) or, on a first visit, the one their
 * browser asks for; a link inside the site is always obeyed. /en/… and /KO/… redirect to the one canonical URL.
 */
export const chooseLanguage: Handle = async ({ event, resolve }) => {
  const { url, request, cookies } = event
  const first = url.pathname.split('/')[1] ?? ''
  const lower = first.toLowerCase()
  if (isLocale(lower) && (lower === baseLocale || lower !== first))
    redirect(308, here(localizeUrl(deLocalizeUrl(url), { locale: lower })))

  const shown = extractLocaleFromUrl(url) as Locale
  const isDocument = request.method === 'GET' && request.headers.get('sec-fetch-dest') === 'document'
  if (!isDocument) return resolve(event)
  const saved = cookies.get(cookieName)
  const entering = request.headers.get('sec-fetch-site') !== 'same-origin'
  if (entering && shown === baseLocale) {
    const wanted = isLocale(saved)
      ? saved
      : saved === undefined
        ? extractLocaleFromHeader(request)
        : undefined
    if (wanted && wanted !== baseLocale) {
      if (saved !== wanted) remember(cookies, wanted)
      redirect(307, here(localizeUrl(url, { locale: wanted })))
    }
  }
  // The language shown is remembered, so Accept-Language decides on the first visit only.
  if (saved !== shown) remember(cookies, shown)
  return resolve(event)
}

/** Renders the page in its URL's language: messages and the API's answers, and `<html lang>`. */
export const renderInLanguage: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request
    return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) })
  })
