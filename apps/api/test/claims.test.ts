import { claims as allClaims, getClaim } from '@dprk/data'
import { claimColumns } from '@dprk/data/csv'
import { describe, expect, it } from 'vitest'
import { app, getJson } from './helpers.ts'

describe('GET /v1/claims', () => {
  it('pages claims with meta and a Link to the next page', async () => {
    const { res, body } = await getJson('/v1/claims?limit=5')
    expect(res.status).toBe(200)
    expect(body.data).toHaveLength(5)
    expect(body.meta).toMatchObject({ total: allClaims.length, limit: 5 })
    expect(body.meta.nextCursor).toEqual(expect.any(String))
    expect(res.headers.get('Link')).toBe(`</v1/claims?limit=5&cursor=${body.meta.nextCursor}>; rel="next"`)
  })

  it('defaults to 50 per page and the last page has no next cursor', async () => {
    const { body } = await getJson('/v1/claims')
    expect(body.meta.limit).toBe(50)
    const { res, body: last } = await getJson(`/v1/claims?limit=100`)
    if (allClaims.length <= 100) {
      expect(last.meta.nextCursor).toBeNull()
      expect(res.headers.get('Link')).toBeNull()
    }
  })

  it('filters by claimant, status, quantity, kind, topic, place and actor together', async () => {
    const { body } = await getJson('/v1/claims?claimant=rok-jcs&topic=reinforcement&limit=100')
    expect(body.data.length).toBeGreaterThan(0)
    for (const c of body.data) {
      expect(c.claimant).toBe('rok-jcs')
      expect(c.topics).toContain('reinforcement')
    }
    const { body: killed } = await getJson('/v1/claims?quantity=killed&kind=estimate&limit=100')
    for (const c of killed.data) expect(c.figure.quantity).toBe('killed')
    const { body: kursk } = await getJson(
      '/v1/claims?place=kursk-oblast&actor=kpa-special-forces&status=reported&limit=100',
    )
    for (const c of kursk.data) {
      expect(c.places).toContain('kursk-oblast')
      expect(c.actors).toContain('kpa-special-forces')
      expect(c.status).toBe('reported')
    }
  })

  it('distinguishes certainly from possibly within a date range for fuzzy dates', async () => {
    const week = 'about_from=2024-12-01&about_to=2024-12-07&limit=100'
    const certainly = (await getJson(`/v1/claims?${week}`)).body.data.map((c: { id: string }) => c.id)
    const possibly = (await getJson(`/v1/claims?${week}&within=possibly`)).body.data.map(
      (c: { id: string }) => c.id,
    )
    expect(certainly).not.toContain('zelenskyy-first-fighting-early-december')
    expect(possibly).toContain('zelenskyy-first-fighting-early-december')
  })

  it('sorts by date made, latest first', async () => {
    const { body } = await getJson('/v1/claims?sort=-made_on&limit=100')
    const days = body.data.map((c: { madeOnSpan: { earliest: string } }) => c.madeOnSpan.earliest)
    expect(days).toEqual([...days].sort().reverse())
  })

  it('finds text in statements and quotes', async () => {
    const { body } = await getJson('/v1/claims?q=vladivostok&limit=100')
    expect(body.data.map((c: { id: string }) => c.id)).toContain('nis-special-forces-vladivostok-2024-10')
  })

  it('replays what was known on a day with as_of', async () => {
    const { body } = await getJson('/v1/claims?as_of=2025-03-01&limit=100')
    for (const c of body.data) expect(c.madeOnSpan.latest <= '2025-03-01').toBe(true)
    const old = body.data.find((c: { id: string }) => c.id === 'article-not-officially-confirmed')
    expect(old.status).toBe('reported')
  })

  it('exports every match as CSV with the data package columns', async () => {
    const res = await app.request('/v1/claims?claimant=rok-nis', { headers: { Accept: 'text/csv' } })
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present')
    const lines = (await res.text()).trimEnd().split('\r\n')
    expect(lines[0]).toBe(claimColumns.map((c) => c.name).join(','))
    expect(lines.length - 1).toBe(allClaims.filter((c) => c.claimant === 'rok-nis').length)
    expect((await app.request('/v1/claims?format=csv')).headers.get('Content-Disposition')).toBe(
      'attachment; filename="claims.csv"',
    )
  })

  it('serves schema.org Claim JSON-LD', async () => {
    const res = await app.request('/v1/claims/nis-special-forces-vladivostok-2024-10', {
      headers: { Accept: 'application/ld+json' },
    })
    expect(res.headers.get('Content-Type')).toBe('application/ld+json')
    const body = await res.json()
    expect(body).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Claim',
      identifier: 'nis-special-forces-vladivostok-2024-10',
    })
    expect(body.author.name).toBe('National Intelligence Service (South Korea)')
    const list = await (await app.request('/v1/claims?format=jsonld')).json()
    expect(list['@graph'].length).toBe(50)
    expect(list.meta.total).toBe(allClaims.length)
  })
})

describe('GET /v1/claims/{id}', () => {
  it('resolves claimant, relays, sources and related claims to summaries', async () => {
    const { res, body } = await getJson('/v1/claims/article-not-officially-confirmed')
    expect(res.status).toBe(200)
    expect(body.resolved.claimant).toEqual({
      id: 'founding-article-author',
      name: expect.any(String),
      kind: 'person',
    })
    expect(body.resolved.sources[0]).toMatchObject({ id: 'founding-article', grade: 'F' })
    expect(body.resolved.related).toContainEqual({
      type: 'supersedes',
      direction: 'from',
      claim: expect.objectContaining({
        id: 'gerasimov-confirms-north-korean-troops',
        status: 'officially-confirmed',
      }),
    })
    expect(body.history.at(-1).status).toBe(getClaim('article-not-officially-confirmed')?.status)
  })

  it('answers an unknown id with a 404 problem', async () => {
    const { res, body } = await getJson('/v1/claims/no-such-claim')
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(body).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'There is no claim with id "no-such-claim".',
      instance: '/v1/claims/no-such-claim',
    })
  })

  it('says when a claim was not yet made on the as_of day', async () => {
    const { res, body } = await getJson('/v1/claims/gerasimov-confirms-north-korean-troops?as_of=2025-01-01')
    expect(res.status).toBe(404)
    expect(body.detail).toBe('Claim "gerasimov-confirms-north-korean-troops" was not yet made on 2025-01-01.')
  })
})

describe('bad parameters', () => {
  it.each([
    ['/v1/claims?limit=0', 'limit', 'must be a whole number from 1 to 100'],
    ['/v1/claims?limit=101', 'limit', 'must be a whole number from 1 to 100'],
    ['/v1/claims?limit=ten', 'limit', 'must be a whole number from 1 to 100'],
    ['/v1/claims?colour=red', 'colour', 'is not a parameter of this resource'],
    ['/v1/claims?status=rumoured', 'status', expect.stringContaining('reported')],
    ['/v1/claims?made_from=2025-13-01', 'made_from', 'must be a day written YYYY-MM-DD'],
    ['/v1/claims?claimant=a&claimant=b', 'claimant', 'is given more than once'],
    ['/v1/claims?cursor=bogus', 'cursor', 'is not a cursor this API gave out'],
    ['/v1/events?within=maybe', 'within', expect.any(String)],
    ['/v1/search', 'q', expect.any(String)],
  ])('%s is a 400 problem naming %s', async (path, parameter, detail) => {
    const { res, body } = await getJson(path)
    expect(res.status).toBe(400)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(body.errors).toContainEqual({ parameter, detail })
    expect(body.detail).toContain(parameter)
  })

  it('refuses a cursor from another query', async () => {
    const { body: first } = await getJson('/v1/claims?limit=2')
    const { res, body } = await getJson(`/v1/claims?limit=2&status=reported&cursor=${first.meta.nextCursor}`)
    expect(res.status).toBe(400)
    expect(body.errors).toEqual([
      { parameter: 'cursor', detail: 'belongs to a different query; start again without it' },
    ])
  })
})

describe('walking the cursor', () => {
  it.each([1, 7, 50])(
    'returns each claim exactly once with limit %i, as many as meta.total',
    async (limit) => {
      const seen: string[] = []
      let path = `/v1/claims?limit=${limit}`
      let total = -1
      for (let guard = 0; guard < 1000; guard++) {
        const { body } = await getJson(path)
        total = body.meta.total
        seen.push(...body.data.map((c: { id: string }) => c.id))
        if (!body.meta.nextCursor) break
        path = `/v1/claims?limit=${limit}&cursor=${body.meta.nextCursor}`
      }
      expect(seen.length).toBe(total)
      expect(new Set(seen).size).toBe(total)
      expect(total).toBe(allClaims.length)
    },
  )
})
