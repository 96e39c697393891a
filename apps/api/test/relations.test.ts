import { type Claim, dataset, type Event } from '@dprk/data'
import { describe, expect, it } from 'vitest'
import { app, getJson } from './helpers.ts'

const ids = (records: { id: string }[] | undefined) => (records ?? []).map((r) => r.id)
const sorted = (values: Iterable<string>) => [...new Set(values)].sort()
const citing = (source: string) => dataset.claims.filter((c) => c.evidence.some((e) => e.source === source))
const roles = (c: Claim) => [c.claimant, ...(c.speaker ? [c.speaker] : []), ...c.via, ...c.actors]

describe('GET /v1/claims by relation', () => {
  it('source= lists exactly the claims whose evidence cites the source', async () => {
    const { body } = await getJson('/v1/claims?source=founding-article&limit=100')
    const expected = citing('founding-article')
    expect(expected.length).toBeGreaterThan(20)
    expect(body.meta.total).toBe(expected.length)
    expect(ids(body.data)).toEqual(ids(expected))
  })

  it('via= lists the claims an actor relayed, and combines with other filters', async () => {
    const relayed = dataset.claims.filter((c) => c.via.includes('yonhap'))
    expect(relayed.length).toBeGreaterThan(5)
    const { body } = await getJson('/v1/claims?via=yonhap&limit=100')
    expect(ids(body.data)).toEqual(ids(relayed))
    const nis = await getJson('/v1/claims?via=yonhap&claimant=rok-nis&limit=100')
    const both = relayed.filter((c) => c.claimant === 'rok-nis')
    expect(both.length).toBeGreaterThan(0)
    expect(both.length).toBeLessThan(relayed.length)
    expect(ids(nis.body.data)).toEqual(ids(both))
  })

  it('involving= finds an actor as claimant, speaker, relay or subject', async () => {
    const expected = dataset.claims.filter((c) => roles(c).includes('rok-nis'))
    const { body } = await getJson('/v1/claims?involving=rok-nis&limit=100')
    expect(ids(body.data)).toEqual(ids(expected))
    expect(expected.some((c) => c.claimant !== 'rok-nis')).toBe(true)
  })

  it('refuses a relation id that is not an id', async () => {
    const { res, body } = await getJson('/v1/claims?source=Not%20An%20Id')
    expect(res.status).toBe(400)
    expect(body.errors[0].parameter).toBe('source')
  })
})

describe('facets=source', () => {
  it('counts the claims citing each source, titled, over the whole match', async () => {
    const { body } = await getJson('/v1/claims?limit=1&facets=source')
    const values: { value: string; count: number; label?: string }[] = body.meta.facets.source
    expect(values.length).toBeGreaterThan(100)
    const founding = values.find((v) => v.value === 'founding-article')
    expect(founding?.count).toBe(citing('founding-article').length)
    expect(founding?.label).toBe('North Korea Is Sending a Second Wave of Soldiers to Ukraine')
    for (const { value, count } of values.slice(0, 20)) expect(citing(value).length).toBe(count)
  })
})

describe('GET /v1/events?claim=', () => {
  it('lists the events a claim attests, in date order', async () => {
    const claim = 'gerasimov-confirms-north-korean-troops'
    const expected = dataset.events.filter((e) => e.claims.includes(claim))
    expect(expected.length).toBeGreaterThan(0)
    const { body } = await getJson(`/v1/events?claim=${claim}`)
    expect(ids(body.data)).toEqual(ids(expected))
  })
})

describe('GET /v1/actors', () => {
  it('affiliation= lists the members of a body', async () => {
    const { body } = await getJson('/v1/actors?affiliation=rok-mnd')
    const expected = dataset.actors.filter((a) => a.affiliation === 'rok-mnd')
    expect(expected.length).toBeGreaterThan(1)
    expect(ids(body.data)).toEqual(ids(expected))
    expect(body.meta.total).toBe(expected.length)
  })

  it('gives every actor in one page of up to 500, and no more than 500', async () => {
    const { body } = await getJson('/v1/actors?limit=500')
    expect(dataset.actors.length).toBeGreaterThan(100)
    expect(body.data.length).toBe(dataset.actors.length)
    expect(body.meta.nextCursor).toBeNull()
    const { res, body: problem } = await getJson('/v1/actors?limit=501')
    expect(res.status).toBe(400)
    expect(problem.errors).toEqual([{ parameter: 'limit', detail: 'must be a whole number from 1 to 500' }])
    // Claims and events keep pages of 100.
    expect((await app.request('/v1/claims?limit=101')).status).toBe(400)
  })

  it('counts=claimant gives each actor of the page the claims it makes, zero included', async () => {
    const { body } = await getJson('/v1/actors?limit=500&counts=claimant,via')
    const made = body.meta.counts.claimant as Record<string, number>
    expect(Object.keys(made).sort()).toEqual(ids(dataset.actors).sort())
    expect(made['rok-nis']).toBe(dataset.claims.filter((c) => c.claimant === 'rok-nis').length)
    expect(made['rok-nis']).toBeGreaterThan(10)
    expect(Object.values(made)).toContain(0)
    expect(body.meta.counts.via.yonhap).toBe(dataset.claims.filter((c) => c.via.includes('yonhap')).length)
  })

  it('counts only the records of the page, and keeps the cursor of the plain list', async () => {
    const plain = await getJson('/v1/sources?limit=3')
    const counted = await getJson('/v1/sources?limit=3&counts=source')
    expect(counted.body.data).toEqual(plain.body.data)
    expect(Object.keys(counted.body.meta.counts.source)).toEqual(ids(plain.body.data))
    expect(counted.body.meta.nextCursor).toBe(plain.body.meta.nextCursor)
    const { res } = await getJson('/v1/sources?counts=claimant')
    expect(res.status).toBe(400)
  })
})

describe('include= on one record', () => {
  it('gives a place with the claims that name it, the events there and the names they use', async () => {
    const { body } = await getJson('/v1/places/sudzha?include=claims,events,actors')
    expect(body).toMatchObject({ id: 'sudzha', name: 'Sudzha' })
    const claims = dataset.claims.filter((c) => c.places.includes('sudzha'))
    const events = dataset.events.filter((e) => e.places.includes('sudzha'))
    expect(claims.length).toBeGreaterThan(0)
    expect(events.length).toBeGreaterThan(0)
    expect(ids(body.included.claims)).toEqual(sorted(ids(claims)))
    expect(ids(body.included.events)).toEqual(sorted(ids(events)))
    for (const id of [...claims.flatMap(roles), ...events.flatMap((e) => e.actors)])
      expect(ids(body.included.actors)).toContain(id)
    expect(body.included.places).toBeUndefined()
  })

  it('gives an actor with its claims in any role, its events, its body and its members', async () => {
    const { body } = await getJson('/v1/actors/rok-mnd?include=claims,events,actors')
    const claims = dataset.claims.filter((c) => roles(c).includes('rok-mnd'))
    expect(ids(body.included.claims)).toEqual(sorted(ids(claims)))
    expect(ids(body.included.events)).toEqual(
      sorted(ids(dataset.events.filter((e) => e.actors.includes('rok-mnd')))),
    )
    const actors = ids(body.included.actors)
    const members = dataset.actors.filter((a) => a.affiliation === 'rok-mnd')
    expect(members.length).toBeGreaterThan(1)
    for (const member of members) expect(actors).toContain(member.id)
    expect(actors).toContain(dataset.actors.find((a) => a.id === 'rok-mnd')?.affiliation)
  })

  it('gives a source with the claims resting on it and who makes them', async () => {
    const { body } = await getJson('/v1/sources/founding-article?include=claims,actors')
    expect(body.title).toBe('North Korea Is Sending a Second Wave of Soldiers to Ukraine')
    expect(ids(body.included.claims)).toEqual(sorted(ids(citing('founding-article'))))
    for (const claim of citing('founding-article'))
      expect(ids(body.included.actors)).toContain(claim.claimant)
  })

  it('gives a claim with the events it attests, the claims that changed its status and the wire agencies', async () => {
    const id = 'article-not-officially-confirmed'
    const { body } = await getJson(`/v1/claims/${id}?include=events,claims,actors,sources`)
    const claim = dataset.claims.find((c) => c.id === id) as Claim
    expect(body.resolved.claimant.id).toBe(claim.claimant)
    const causes = claim.history.flatMap((h) => (h.byClaim ? [h.byClaim] : []))
    expect(causes.length).toBeGreaterThan(0)
    for (const cause of causes) expect(ids(body.included.claims)).toContain(cause)
    expect(ids(body.included.events)).toEqual(
      sorted(ids(dataset.events.filter((e: Event) => e.claims.includes(id)))),
    )
    expect(ids(body.included.sources)).toEqual(expect.arrayContaining(claim.evidence.map((e) => e.source)))

    // A claim resting on wire copy: the agency is named though the claim does not name it.
    const wire = dataset.claims.find((c) =>
      c.evidence.some((e) => {
        const agency = dataset.sources.find((s) => s.id === e.source)?.syndicates
        return agency !== undefined && !roles(c).includes(agency)
      }),
    ) as Claim
    expect(wire).toBeDefined()
    const agencies = wire.evidence.flatMap(
      (e) => dataset.sources.find((s) => s.id === e.source)?.syndicates ?? [],
    )
    const withActors = await getJson(`/v1/claims/${wire.id}?include=actors`)
    for (const agency of agencies) expect(ids(withActors.body.included.actors)).toContain(agency)
  })

  it('sends the record alone without include=, and refuses a type it cannot side-load', async () => {
    const { body } = await getJson('/v1/sources/founding-article')
    expect(body.included).toBeUndefined()
    const { res } = await getJson('/v1/sources/founding-article?include=events')
    expect(res.status).toBe(400)
  })
})

describe('include= on a record list', () => {
  it('gives the contingents with the claims whose figures count them and every name they show', async () => {
    const { body } = await getJson('/v1/contingents?include=claims,actors,places')
    const claims = dataset.contingents.flatMap((c) => c.claims)
    expect(claims.length).toBeGreaterThan(5)
    expect(ids(body.included.claims)).toEqual(sorted(claims))
    const places = ids(body.included.places)
    for (const id of dataset.contingents.flatMap((c) => c.places)) expect(places).toContain(id)
    for (const claim of body.included.claims as Claim[])
      expect(ids(body.included.actors)).toContain(claim.claimant)
  })

  it('gives the places with the events at them', async () => {
    const { body } = await getJson('/v1/places?limit=500&include=events')
    expect(body.data.length).toBe(dataset.places.length)
    expect(ids(body.included.events)).toEqual(sorted(ids(dataset.events.filter((e) => e.places.length > 0))))
  })
})

describe('GET /v1/overview', () => {
  it('gives the asked series as /v1/estimates does, the official confirmations and every event', async () => {
    const { res, body } = await getJson('/v1/overview?quantity=killed,troops-sent')
    expect(res.status).toBe(200)
    expect(body.series.map((s: { quantity: string }) => s.quantity)).toEqual(['killed', 'troops-sent'])
    for (const series of body.series) {
      const alone = await getJson(`/v1/estimates/${series.quantity}?limit=100`)
      expect(series.data.length).toBeGreaterThan(0)
      expect(series.data).toEqual(alone.body.data)
    }
    const confirmed = dataset.claims.filter(
      (c) => c.topics.includes('confirmation') && c.status === 'officially-confirmed',
    )
    expect(confirmed.length).toBeGreaterThan(1)
    expect(sorted(ids(body.confirmations))).toEqual(sorted(ids(confirmed)))
    const days = body.confirmations.map((c: Claim) => c.madeOnSpan.earliest)
    expect(days).toEqual([...days].sort())
    for (const c of confirmed) expect(ids(body.included.actors)).toContain(c.claimant)
    expect(ids(body.events)).toEqual(ids(dataset.events))
  })

  it('gives every quantity kind without quantity=, and refuses an unknown one', async () => {
    const { body } = await getJson('/v1/overview')
    expect(body.series.length).toBe((await getJson('/v1/quantity-kinds')).body.data.length)
    const { res, body: problem } = await getJson('/v1/overview?quantity=killed,unicorns')
    expect(res.status).toBe(400)
    expect(problem.errors[0].parameter).toBe('quantity')
  })
})
