import { dataset } from '@dprk/data'
import { describe, expect, it } from 'vitest'
import { negotiateLanguage } from '../src/http/language.ts'
import { translatedApi } from './translated.ts'

const { app } = translatedApi()
const claimId = 'nis-special-forces-vladivostok-2024-10'
const korean = '2024년 10월 북한 특수부대 약 1,500명이 훈련차 블라디보스토크에 도착했다.'
const english = dataset.claims.find((c) => c.id === claimId)?.statement as string
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers })
  return { res, body: await res.json() }
}

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['ko', 'ko'],
    ['ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'ko'],
    ['uk-UA', 'uk'],
    ['fr-FR, fr;q=0.9, uk;q=0.4, ko;q=0.3', 'uk'],
    ['en;q=0.5, ko;q=0.8', 'ko'],
    ['ko;q=0.8, uk;q=0.8', 'ko'],
    ['de, *;q=0.1', 'en'],
    ['fr', 'en'],
    ['ko;q=0, uk;q=0.001', 'uk'],
    ['ko;q=abc', 'en'],
    [' UK ;Q=1 ', 'uk'],
  ])('picks from %j: %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language)
  })
})

describe('lang and Accept-Language', () => {
  it('answers in the language of lang=, with Content-Language and Vary', async () => {
    const { res, body } = await get(`/v1/claims/${claimId}?lang=ko`)
    expect(res.headers.get('Content-Language')).toBe('ko')
    expect(res.headers.get('Vary')).toBe('Accept, Accept-Encoding, Accept-Language')
    expect(body.statement).toBe(korean)
    expect(body.translations.uk.statement).toMatch(/^У жовтні 2024/)
    // The claimant's name resolved in the same language.
    expect(body.resolved.claimant.name).toBe('국가정보원 (대한민국)')
  })

  it('follows Accept-Language by quality, and lets lang= win over it', async () => {
    const uk = await get(`/v1/claims/${claimId}`, { 'Accept-Language': 'de, uk;q=0.9, ko;q=0.8' })
    expect(uk.res.headers.get('Content-Language')).toBe('uk')
    expect(uk.body.statement).toMatch(/^У жовтні 2024/)
    const en = await get(`/v1/claims/${claimId}?lang=en`, { 'Accept-Language': 'ko' })
    expect(en.res.headers.get('Content-Language')).toBe('en')
    expect(en.body.statement).toBe(english)
    const none = await get(`/v1/claims/${claimId}`, { 'Accept-Language': 'fr' })
    expect(none.res.headers.get('Content-Language')).toBe('en')
  })

  it('keeps the English of a record with no translation', async () => {
    const untranslated = dataset.claims.find((c) => c.id !== claimId) as (typeof dataset.claims)[number]
    const { res, body } = await get(`/v1/claims/${untranslated.id}?lang=ko`)
    expect(res.headers.get('Content-Language')).toBe('ko')
    expect(body.statement).toBe(untranslated.statement)
    expect(body.translations).toBeUndefined()
    const wave = await get('/v1/contingents/engineers-2025?lang=uk')
    expect(wave.body.name).toBe(dataset.contingents.find((c) => c.id === 'engineers-2025')?.name)
  })

  it('refuses an unknown language with a problem in English', async () => {
    const { res, body } = await get('/v1/claims?lang=fr', { 'Accept-Language': 'ko' })
    expect(res.status).toBe(400)
    expect(res.headers.get('Content-Language')).toBe('en')
    expect(body.errors).toEqual([{ parameter: 'lang', detail: 'must be one of: en, ko, uk' }])
    const missing = await get('/v1/claims/no-such-claim?lang=ko')
    expect(missing.res.status).toBe(404)
    expect(missing.res.headers.get('Content-Language')).toBe('en')
    expect(missing.body.detail).toBe('There is no claim with id "no-such-claim".')
  })

  it('translates every view: lists, side-loads, facets, events, places, estimates, CSV, JSON-LD and as_of', async () => {
    const list = await get(
      '/v1/claims?lang=ko&claimant=rok-nis&include=actors,places&facets=claimant,place&limit=100',
    )
    expect(list.body.data.find((c: { id: string }) => c.id === claimId).statement).toBe(korean)
    expect(list.body.included.actors.find((a: { id: string }) => a.id === 'rok-nis').name).toBe(
      '국가정보원 (대한민국)',
    )
    expect(list.body.included.places.find((p: { id: string }) => p.id === 'vladivostok').name).toBe(
      '블라디보스토크',
    )
    expect(list.body.meta.facets.claimant[0]).toMatchObject({
      value: 'rok-nis',
      label: '국가정보원 (대한민국)',
    })
    const event = await get('/v1/events/2024-08-06-kursk-incursion-begins?lang=uk')
    expect(event.body.title).toBe('Початок операції на Курщині')
    const places = await get('/v1/places?lang=uk&format=geojson')
    const feature = places.body.features.find((f: { id: string }) => f.id === 'vladivostok')
    expect(feature.properties.name).toBe('Владивосток')
    const estimates = await get('/v1/estimates/troops-sent?comparable=false&limit=100&lang=ko')
    const row = estimates.body.data.find((r: { claim: string }) => r.claim === claimId)
    expect(row.claimant.name).toBe('국가정보원 (대한민국)')
    const csv = await app.request('/v1/claims?format=csv&lang=ko&claimant=rok-nis')
    expect(csv.headers.get('Content-Language')).toBe('ko')
    const [header = '', ...rows] = (await csv.text()).split('\r\n')
    expect(header.split(',').slice(0, 5)).toEqual(['id', 'kind', 'statement', 'statement_ko', 'statement_uk'])
    expect(rows.find((r) => r.startsWith(`${claimId},`))).toContain(
      `${claimId},estimate,"${korean}","${korean}",`,
    )
    const jsonLd = await get(`/v1/claims/${claimId}?format=jsonld&lang=ko`)
    expect(jsonLd.body).toMatchObject({
      text: korean,
      inLanguage: 'ko',
      author: { name: '국가정보원 (대한민국)' },
    })
    const then = await get(`/v1/claims/${claimId}?as_of=2024-12-31&lang=ko`)
    expect([then.body.statement, then.body.status]).toEqual([korean, 'corroborated'])
    const before = await get(`/v1/claims/${claimId}?as_of=2024-10-20&lang=uk`)
    expect([before.body.statement.slice(0, 12), before.body.status]).toEqual(['У жовтні 202', 'reported'])
  })

  it('answers every documented route with Content-Language and Vary', async () => {
    const doc = await (await app.request('/openapi.json')).json()
    const paths = Object.keys(doc.paths)
    expect(paths.length).toBeGreaterThanOrEqual(18)
    for (const path of paths) {
      const url = path
        .replace('{quantityKind}', 'killed')
        .replace('{id}', path.startsWith('/v1/claims') ? claimId : 'x')
      const res = await app.request(`${url}${path === '/v1/search' ? '?q=kursk&' : '?'}lang=uk`)
      if (res.status !== 200) {
        // An unknown id: a problem, in English.
        expect(res.status, url).toBe(404)
        expect(res.headers.get('Content-Language'), url).toBe('en')
        continue
      }
      expect(res.headers.get('Content-Language'), url).toBe('uk')
      expect(res.headers.get('Vary'), url).toBe('Accept, Accept-Encoding, Accept-Language')
    }
  })
})

describe('search in each language', () => {
  const ids = async (q: string, lang: string) =>
    (await get(`/v1/search?q=${encodeURIComponent(q)}&lang=${lang}`)).body.data.map(
      (hit: { id: string }) => hit.id,
    )

  it('finds a Korean word of a translation, by prefix, and not in English', async () => {
    expect(await ids('훈련차', 'ko')).toContain(claimId)
    expect(await ids('블라디보스토', 'ko')).toEqual(expect.arrayContaining(['vladivostok', claimId]))
    expect(await ids('훈련차', 'en')).not.toContain(claimId)
  })

  it('finds a Ukrainian word of a translation in any case, and not in English', async () => {
    const { body } = await get(`/v1/search?q=${encodeURIComponent('СПЕЦПРИЗНАЧЕНЦІВ')}&lang=uk`)
    expect(body.data[0]).toMatchObject({ type: 'claim', id: claimId, terms: ['спецпризначенців'] })
    expect(body.data[0].title).toMatch(/^У жовтні 2024/)
    expect(await ids('Курщині', 'uk')).toContain('2024-08-06-kursk-incursion-begins')
    expect(await ids('спецпризначенців', 'en')).not.toContain(claimId)
  })

  it('keeps a cursor to its language, however the language was asked for', async () => {
    const first = await get('/v1/search?q=kursk&limit=2', { 'Accept-Language': 'ko' })
    const cursor = first.body.meta.nextCursor
    expect(cursor).toEqual(expect.any(String))
    expect((await get(`/v1/search?q=kursk&limit=2&lang=ko&cursor=${cursor}`)).res.status).toBe(200)
    expect((await get(`/v1/search?q=kursk&limit=2&lang=en&cursor=${cursor}`)).res.status).toBe(400)
  })
})

describe('the memo and languages', () => {
  it('never answers one language from another language’s memo entry', async () => {
    const url = `/v1/claims/${claimId}`
    const answers = []
    for (const language of ['ko', 'en', 'ko', 'uk', 'en']) {
      const { res, body } = await get(url, { 'Accept-Language': language })
      answers.push([res.headers.get('Content-Language'), body.statement.slice(0, 4)])
    }
    expect(answers).toEqual([
      ['ko', '2024'],
      ['en', english.slice(0, 4)],
      ['ko', '2024'],
      ['uk', 'У жо'],
      ['en', english.slice(0, 4)],
    ])
  })

  it('tags the same bytes in two languages differently', async () => {
    const en = await app.request('/health?lang=en')
    const ko = await app.request('/health?lang=ko')
    expect(await en.text()).toBe(await ko.text())
    expect(en.headers.get('ETag')).not.toBe(ko.headers.get('ETag'))
    const revalidated = await app.request('/health?lang=ko', {
      headers: { 'If-None-Match': ko.headers.get('ETag') as string },
    })
    expect(revalidated.status).toBe(304)
  })
})
