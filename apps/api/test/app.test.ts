import { claims } from '@dprk/data'
import { describe, expect, it } from 'vitest'
import { createApp } from '../src/app.ts'

const app = createApp()

describe('GET /health', () => {
  it('reports ok with the dataset version', async () => {
    const res = await app.request('/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', dataset: expect.stringMatching(/^\d+\.\d+\.\d+/) })
  })
})

describe('GET /v1/claims', () => {
  it('lists every claim with its total', async () => {
    const res = await app.request('/v1/claims')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const body = await res.json()
    expect(body.meta.total).toBe(claims.length)
    expect(body.data.map((c: { id: string }) => c.id)).toEqual(claims.map((c) => c.id))
  })

  it('serves the founding article figure with claimant and quote', async () => {
    const res = await app.request('/v1/claims/nis-special-forces-vladivostok-2024-10')
    expect(res.status).toBe(200)
    const claim = await res.json()
    expect(claim).toMatchObject({ claimant: 'rok-nis', figure: { bound: 'about', value: 1500 } })
    expect(claim.evidence[0].quote).toContain('approximately 1,500')
  })

  it('answers an unknown id with a 404 problem', async () => {
    const res = await app.request('/v1/claims/no-such-claim')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(await res.json()).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      instance: '/v1/claims/no-such-claim',
      detail: 'There is no claim with id "no-such-claim".',
    })
  })
})

describe('unknown paths', () => {
  it('are 404 problems too', async () => {
    const res = await app.request('/v2/nothing')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect((await res.json()).detail).toBe('No resource at /v2/nothing.')
  })
})

describe('/v1/events, /v1/sources, /v1/actors and /v1/places', () => {
  it.each(['events', 'sources', 'actors', 'places'])('lists %s and resolves each by id', async (kind) => {
    const list = await (await app.request(`/v1/${kind}`)).json()
    expect(list.data.length).toBeGreaterThan(0)
    for (const record of list.data) {
      const res = await app.request(`/v1/${kind}/${record.id}`)
      expect(await res.json()).toEqual(record)
    }
  })
})
