import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { app } from './helpers.ts'

const paths = [
  '/v1/claims',
  '/v1/events',
  '/v1/estimates/killed',
  '/v1/actors',
  '/v1/places',
  '/v1/search',
  '/v1/claims/rok-nis',
]
const names = [
  'limit',
  'cursor',
  'q',
  'status',
  'as_of',
  'about_from',
  'within',
  'sort',
  'format',
  'quantity',
  'from',
  'lang',
  'x',
]
const values = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '0',
    '1',
    '100',
    '101',
    '-1',
    '1e3',
    '2025-01-01',
    '2025-02-30',
    'possibly',
    'csv',
    'ko',
    '%',
    '..',
  ),
  fc.integer().map(String),
)

describe('random query strings', () => {
  it('never cause a 5xx, and every 4xx is a problem', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.array(fc.tuple(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 6 })), values), {
          maxLength: 5,
        }),
        fc.constantFrom(undefined, 'text/csv', 'application/geo+json', 'image/*', '*/*;q=0', ''),
        async (path, pairs, accept) => {
          const search = new URLSearchParams(pairs).toString()
          const res = await app.request(
            `${path}?${search}`,
            accept === undefined ? {} : { headers: { Accept: accept } },
          )
          expect(res.status, `${path}?${search}`).toBeLessThan(500)
          if (res.status >= 400) {
            expect(res.headers.get('Content-Type')).toBe('application/problem+json')
            const body = await res.json()
            expect(body.status).toBe(res.status)
            expect(typeof body.detail).toBe('string')
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
