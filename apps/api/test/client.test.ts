import { describe, expect, it } from 'vitest'
import { createClient } from '../src/client.ts'
import { translatedApi } from './translated.ts'

const { app } = translatedApi()
const claimId = 'nis-special-forces-vladivostok-2024-10'

/** A client over the app in this process, recording every URL it asks for. */
function clientOver(options: Parameters<typeof createClient>[1] = {}) {
  const urls: URL[] = []
  const api = createClient('http://api.test', {
    ...options,
    fetch: async (input, init) => {
      urls.push(new URL(String(input)))
      return app.request(String(input), init)
    },
  })
  return { api, urls }
}

describe('createClient with a language', () => {
  it('sends lang= on every call, and reads the answers in that language', async () => {
    const { api, urls } = clientOver({ lang: 'ko' })
    const claim = await api.claims.get(claimId)
    expect(claim.statement).toMatch(/^2024년 10월/)
    expect((await api.actors.get('rok-nis')).name).toBe('국가정보원 (대한민국)')
    const all = await api.claims.all({ claimant: 'rok-nis' })
    expect(all.find((c) => c.id === claimId)?.statement).toMatch(/^2024년 10월/)
    await api.search({ q: '훈련차' })
    await api.health()
    await api.places.csv()
    expect(urls.length).toBeGreaterThanOrEqual(6)
    for (const url of urls) expect(url.searchParams.get('lang'), url.href).toBe('ko')
  })

  it("lets a call's own lang win, and sends none without the option", async () => {
    const { api, urls } = clientOver({ lang: 'ko' })
    expect((await api.claims.get(claimId, { lang: 'uk' })).statement).toMatch(/^У жовтні/)
    expect(urls[0]?.searchParams.getAll('lang')).toEqual(['uk'])
    const plain = clientOver()
    await plain.api.claims.get(claimId)
    expect(plain.urls[0]?.searchParams.has('lang')).toBe(false)
  })

  it('takes only the languages the API serves', () => {
    // @ts-expect-error French is not one of them
    createClient('http://api.test', { lang: 'fr' })
  })
})

describe('createClient side-loads and counts', () => {
  it('sends include=, counts= and quantity= comma-separated and types what comes back', async () => {
    const { api, urls } = clientOver()
    const place = await api.places.get('sudzha', { include: ['claims', 'events'] })
    expect(place.name).toBe('Sudzha')
    expect(place.included?.events?.length).toBeGreaterThan(0)
    expect(urls[0]?.searchParams.get('include')).toBe('claims,events')
    const actors = await api.actors.list({ limit: 500, counts: ['claimant'] })
    expect(actors.meta.counts?.claimant?.['rok-nis']).toBeGreaterThan(0)
    const overview = await api.overview({ quantity: ['killed', 'captured'] })
    expect(overview.series.map((s) => s.quantity)).toEqual(['killed', 'captured'])
    expect(urls.at(-1)?.searchParams.get('quantity')).toBe('killed,captured')
  })

  it('reads every actor, place and source in one call each', async () => {
    const { api, urls } = clientOver()
    const all = await Promise.all([api.actors.all(), api.places.all(), api.sources.all()])
    expect(all[0].length).toBeGreaterThan(100)
    expect(all[2].length).toBeGreaterThan(400)
    expect(urls.length).toBe(3)
  })
})
