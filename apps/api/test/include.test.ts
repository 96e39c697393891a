import type { Claim } from '@dprk/data'
import { describe, expect, it } from 'vitest'
import { app, getJson } from './helpers.ts'

const ids = (records: { id: string }[] | undefined) => (records ?? []).map((r) => r.id)

/** Every claim matching a query, page by page. */
async function every(query: string): Promise<Claim[]> {
  const all: Claim[] = []
  let next: string | null = `/v1/claims?${query}&limit=100`
  while (next) {
    const { body } = await getJson(next)
    all.push(...body.data)
    next = body.meta.nextCursor ? `/v1/claims?${query}&limit=100&cursor=${body.meta.nextCursor}` : null
  }
  return all
}

describe('include=', () => {
  it('side-loads exactly the actors and sources a page of claims refers to', async () => {
    const { body } = await getJson('/v1/claims?claimant=rok-nis&limit=5&include=actors,sources')
    const claims: Claim[] = body.data
    const actors = new Set(
      claims.flatMap((c) => [c.claimant, ...(c.speaker ? [c.speaker] : []), ...c.via, ...c.actors]),
    )
    const sources = new Set(claims.flatMap((c) => c.evidence.map((e) => e.source)))
    expect(ids(body.included.actors)).toEqual([...actors].sort())
    expect(ids(body.included.sources)).toEqual([...sources].sort())
    expect(body.included.places).toBeUndefined()
    expect(body.included.actors.find((a: { id: string }) => a.id === 'rok-nis').name).toMatch(/Intelligence/)
  })

  it('gives a timeline its attesting claims and their sources in the same answer', async () => {
    const { body } = await getJson('/v1/events?limit=10&include=claims,sources')
    const attesting = new Set(body.data.flatMap((e: { claims: string[] }) => e.claims))
    expect(ids(body.included.claims)).toEqual([...attesting].sort())
    const sources = new Set(body.included.claims.flatMap((c: Claim) => c.evidence.map((e) => e.source)))
    expect(ids(body.included.sources)).toEqual([...sources].sort())
  })

  it('names the contingents a series of estimates counts apart', async () => {
    const { body } = await getJson('/v1/estimates/troops-sent?comparable=false&include=contingents')
    const counted = new Set(
      body.data.flatMap((r: { scope: { contingents: string[] | 'all' } }) =>
        Array.isArray(r.scope.contingents) ? r.scope.contingents : [],
      ),
    )
    expect(counted.size).toBeGreaterThan(0)
    expect(ids(body.included.contingents)).toEqual([...counted].sort())
  })

  it('leaves the page and its cursor as they are without it', async () => {
    const plain = await getJson('/v1/claims?limit=3')
    const withIt = await getJson('/v1/claims?limit=3&include=actors')
    expect(withIt.body.data).toEqual(plain.body.data)
    expect(plain.body.included).toBeUndefined()
    // A cursor from a side-loading page fetches the same next page without side-loads.
    const next = await getJson(`/v1/claims?limit=3&cursor=${withIt.body.meta.nextCursor}`)
    expect(next.res.status).toBe(200)
    expect(next.res.headers.get('Link') ?? '').toContain('cursor=')
    const link = withIt.res.headers.get('Link')?.match(/<([^>]+)>/)?.[1] as string
    expect(link).toContain('include=actors')
    expect((await app.request(link)).status).toBe(200)
  })

  it('refuses a record type it cannot side-load, naming the parameter', async () => {
    const { res, body } = await getJson('/v1/claims?include=actors,events')
    expect(res.status).toBe(400)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(body.errors).toEqual([{ parameter: 'include', detail: expect.stringContaining('actors, places') }])
  })
})

describe('facets=', () => {
  it('counts each value over the whole match, not the page, most frequent first', async () => {
    const { body } = await getJson('/v1/claims?topic=casualties&limit=2&facets=status,claimant,kind')
    const all = await every('topic=casualties')
    expect(all.length).toBe(body.meta.total)
    for (const facet of ['status', 'claimant', 'kind'] as const) {
      const values: { value: string; count: number }[] = body.meta.facets[facet]
      expect(values.reduce((n, v) => n + v.count, 0)).toBe(all.length)
      for (const { value, count } of values) expect(all.filter((c) => c[facet] === value).length).toBe(count)
      const counts = values.map((v) => v.count)
      expect(counts).toEqual([...counts].sort((a, b) => b - a))
    }
    const nis = body.meta.facets.claimant.find((v: { value: string }) => v.value === 'rok-nis')
    expect(nis.label).toBe('National Intelligence Service (South Korea)')
  })

  it('counts list fields once per value a claim has', async () => {
    const { body } = await getJson('/v1/claims?claimant=rok-nis&facets=topic')
    const all = await every('claimant=rok-nis')
    for (const { value, count } of body.meta.facets.topic)
      expect(all.filter((c) => c.topics.includes(value)).length).toBe(count)
  })

  it('refuses an unknown field', async () => {
    const { res, body } = await getJson('/v1/claims?facets=status,secret')
    expect(res.status).toBe(400)
    expect(body.errors[0].parameter).toBe('facets')
  })
})
