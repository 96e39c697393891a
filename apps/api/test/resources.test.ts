import { actors, dataset, events, places, query, sources } from '@dprk/data'
import { describe, expect, it } from 'vitest'
import { app, getJson } from './helpers.ts'

describe('GET /v1/events', () => {
  it('lists events in date order with paging', async () => {
    const { body } = await getJson('/v1/events?limit=100')
    expect(body.meta.total).toBe(events.length)
    const starts = body.data.map((e: { dateSpan: { earliest: string } }) => e.dateSpan.earliest)
    expect(starts).toEqual([...starts].sort())
  })

  it('filters by kind and by a date range', async () => {
    const { body } = await getJson('/v1/events?kind=statement&from=2025-04-01&to=2025-04-30')
    expect(body.data.length).toBeGreaterThan(0)
    for (const e of body.data) {
      expect(e.kind).toBe('statement')
      expect(e.dateSpan.earliest >= '2025-04-01' && e.dateSpan.latest <= '2025-04-30').toBe(true)
    }
  })

  it('exports located events as GeoJSON', async () => {
    const res = await app.request('/v1/events', { headers: { Accept: 'application/geo+json' } })
    expect(res.headers.get('Content-Type')).toBe('application/geo+json')
    const body = await res.json()
    expect(body.type).toBe('FeatureCollection')
    expect(body.features.length).toBeGreaterThan(0)
    for (const f of body.features) expect(['Point', 'MultiPoint']).toContain(f.geometry.type)
  })

  it('hides events nobody had attested yet with as_of, and 404s an unknown one', async () => {
    const { body } = await getJson('/v1/events?as_of=2024-09-01&limit=100')
    for (const e of body.data) expect(e.dateSpan.earliest <= '2024-09-01').toBe(true)
    const { res } = await getJson('/v1/events/no-such-event')
    expect(res.status).toBe(404)
    const first = events[0]
    expect((await getJson(`/v1/events/${first?.id}`)).body).toEqual(first)
  })
})

describe('estimates', () => {
  it('lists quantity kinds with their units and counts', async () => {
    const { body } = await getJson('/v1/quantity-kinds')
    const killed = body.data.find((k: { id: string }) => k.id === 'troops-sent')
    expect(killed).toMatchObject({ unit: 'persons', estimates: query.estimates('troops-sent').length })
  })

  it('returns the competing estimates of one kind in as-of order', async () => {
    const { res, body } = await getJson('/v1/estimates/troops-sent')
    expect(res.status).toBe(200)
    expect(body.data.length).toBe(query.estimates('troops-sent').length)
    const asOf = body.data.map((r: { asOfSpan: { earliest: string } }) => r.asOfSpan.earliest)
    expect(asOf).toEqual([...asOf].sort())
    expect(body.data[0]).toMatchObject({
      quantity: 'troops-sent',
      unit: 'persons',
      claimant: { id: expect.any(String) },
    })
  })

  it('filters by claimant and exports CSV', async () => {
    const { body } = await getJson('/v1/estimates/troops-sent?claimant=rok-nis')
    for (const r of body.data) expect(r.claimant.id).toBe('rok-nis')
    const csv = await (await app.request('/v1/estimates/troops-sent?format=csv')).text()
    expect(csv.split('\r\n')[0]).toMatch(/^claim,claimant,claimant_name,via,as_of,/)
  })

  it('404s an unknown quantity kind', async () => {
    const { res, body } = await getJson('/v1/estimates/rumours')
    expect(res.status).toBe(404)
    expect(body.detail).toContain('/v1/quantity-kinds')
  })
})

describe.each([
  ['actors', actors],
  ['places', places],
  ['sources', sources],
] as const)('/v1/%s', (plural, records) => {
  it('lists every record and answers each by id', async () => {
    const { body } = await getJson(`/v1/${plural}?limit=100`)
    expect(body.meta.total).toBe(records.length)
    for (const record of records.slice(0, 10)) {
      expect((await getJson(`/v1/${plural}/${record.id}`)).body).toEqual(record)
    }
    expect((await getJson(`/v1/${plural}/nope`)).res.status).toBe(404)
  })
})

describe('/v1/places as GeoJSON', () => {
  it('has a Point per located place, longitude first', async () => {
    const body = await (await app.request('/v1/places?format=geojson')).json()
    const located = places.filter((p) => p.latitude !== undefined)
    expect(body.features.length).toBe(located.length)
    const vladivostok = body.features.find((f: { id: string }) => f.id === 'vladivostok')
    expect(vladivostok.geometry).toEqual({ type: 'Point', coordinates: [131.9, 43.1333] })
  })
})

describe('GET /v1/search', () => {
  it('ranks a name match above mentions in quotes', async () => {
    const { body } = await getJson('/v1/search?q=vladivostok')
    expect(body.data[0]).toMatchObject({ type: 'place', id: 'vladivostok', url: '/v1/places/vladivostok' })
    expect(body.data.some((h: { type: string }) => h.type === 'claim')).toBe(true)
    const scores = body.data.map((h: { score: number }) => h.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('requires every word to match, falling back to the best partial matches when none has them all', async () => {
    const { body: both } = await getJson('/v1/search?q=vladivostok%20special')
    for (const hit of both.data) expect(hit.terms.length).toBeGreaterThanOrEqual(2)
    const { body } = await getJson('/v1/search?q=vladivostok%20zzzqqq')
    expect(body.data[0]).toMatchObject({ type: 'place', id: 'vladivostok' })
  })
})

describe('about the dataset', () => {
  it('GET /health', async () => {
    expect((await getJson('/health')).body).toEqual({ status: 'ok', dataset: dataset.version })
  })

  it('GET /v1/dataset says version, counts, licence and how to cite', async () => {
    const { body } = await getJson('/v1/dataset')
    expect(body).toMatchObject({
      version: dataset.version,
      license: 'CC-BY-4.0',
      counts: { claims: dataset.claims.length },
    })
    expect(body.citation).toContain(dataset.version)
  })

  it('GET /v1/changes as JSON Feed and as Atom', async () => {
    const feed = await app.request('/v1/changes')
    expect(feed.headers.get('Content-Type')).toBe('application/feed+json')
    expect((await feed.json()).items.length).toBe(dataset.changelog.length)
    const atom = await app.request('/v1/changes', { headers: { Accept: 'application/atom+xml' } })
    expect(atom.headers.get('Content-Type')).toBe('application/atom+xml')
    expect(await atom.text()).toMatch(
      /^<\?xml[\s\S]*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">[\s\S]*<entry>/,
    )
  })
})

describe('estimates compare like with like', () => {
  it('lists only comparable estimates by default, and the rest on request or by scope', async () => {
    const { body: comparable } = await getJson('/v1/estimates/troops-sent?limit=100')
    const { body: everything } = await getJson('/v1/estimates/troops-sent?limit=100&comparable=false')
    expect(comparable.data.length).toBeGreaterThan(0)
    expect(comparable.data.length).toBeLessThan(everything.data.length)
    for (const row of comparable.data) {
      expect(row).toMatchObject({ comparable: true, derivation: 'stated' })
      expect(row.scope).toMatchObject({ extent: 'cumulative', contingents: 'all', modality: 'actual' })
    }
    const { body: engineers } = await getJson('/v1/estimates/troops-sent?contingent=engineers-2025')
    expect(engineers.data.length).toBeGreaterThan(0)
    for (const row of engineers.data) expect(row.scope.contingents).toContain('engineers-2025')
    const { body: planned } = await getJson('/v1/estimates/troops-sent?modality=planned')
    for (const row of planned.data) expect(row.scope.modality).toBe('planned')
    expect(planned.data.length).toBeGreaterThan(0)
  })

  it('rejects an unknown extent or comparable value as a problem', async () => {
    const { res, body } = await getJson('/v1/estimates/killed?extent=forever&comparable=maybe')
    expect(res.status).toBe(400)
    expect(body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual([
      'comparable',
      'extent',
    ])
  })

  it('serves the contingents with the claims that count them', async () => {
    const { body } = await getJson('/v1/contingents')
    const engineers = body.data.find((c: { id: string }) => c.id === 'engineers-2025')
    expect(engineers.claims.length).toBeGreaterThan(0)
    expect(engineers.arrivalSpan.earliest).toBe('2025-08-01')
  })
})

describe('what a page needs in one call', () => {
  it('gives each estimate its sources with title, publisher and grade, in the order of its ids', async () => {
    const { body } = await getJson('/v1/estimates/killed')
    for (const row of body.data) {
      expect(row.sourceSummaries.map((s: { id: string }) => s.id)).toEqual(row.sources)
      for (const s of row.sourceSummaries) {
        const source = sources.find((x) => x.id === s.id)
        expect(s).toMatchObject({ title: source?.title, grade: source?.reliability.grade })
      }
    }
    expect(body.data.length).toBeGreaterThan(0)
  })
})
