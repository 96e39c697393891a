import { describe, expect, it } from 'vitest'
import { isCompressible, negotiateEncoding } from '../serve.js'

describe('negotiateEncoding', () => {
  it('prefers brotli, then gzip, when the client rates them the same', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip')
  })

  it('follows q-values and never picks a coding rated q=0', () => {
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip')
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip')
    expect(negotiateEncoding('br;q=0, gzip;q=0')).toBe('identity')
    expect(negotiateEncoding('*;q=0.3, br;q=0')).toBe('gzip')
    expect(negotiateEncoding('gzip;q=0.2, identity;q=0.9')).toBe('identity')
  })

  it('sends identity when the header is absent, empty or names nothing it knows', () => {
    expect(negotiateEncoding(undefined)).toBe('identity')
    expect(negotiateEncoding('')).toBe('identity')
    expect(negotiateEncoding('identity')).toBe('identity')
    expect(negotiateEncoding('deflate, zstd')).toBe('identity')
  })

  it('takes * for any coding not named', () => {
    expect(negotiateEncoding('*')).toBe('br')
    expect(negotiateEncoding('br;q=0, *;q=0.5')).toBe('gzip')
  })
})

describe('isCompressible', () => {
  it('compresses pages, data and text', () => {
    for (const type of [
      'text/html',
      'text/html; charset=utf-8',
      'application/json',
      'application/geo+json',
      'application/xml',
      'text/csv',
      'image/svg+xml',
      'text/javascript',
    ])
      expect(isCompressible(type), type).toBe(true)
  })

  it('leaves already-compressed types and streams alone', () => {
    for (const type of [
      'image/png',
      'image/jpeg',
      'image/webp',
      'font/woff2',
      'application/zip',
      'application/gzip',
      'application/octet-stream',
      'text/event-stream',
      'text/sveltekit-data',
      undefined,
    ])
      expect(isCompressible(type), String(type)).toBe(false)
  })
})
