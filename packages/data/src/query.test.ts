import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dataset, query } from './index.ts'
import { knownOn, spanWithin } from './query.ts'

const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const span = fc
  .record({ earliest: fc.option(day, { nil: null }), latest: fc.option(day, { nil: null }) })
  .filter((s) => s.earliest === null || s.latest === null || s.earliest <= s.latest)
const range = fc.record({ from: fc.option(day, { nil: undefined }), to: fc.option(day, { nil: undefined }) })

describe('spanWithin', () => {
  it('counts "early December 2024" as certainly in December but only possibly in its first week', () => {
    const earlyDecember = { earliest: '2024-12-01', latest: '2024-12-09' }
    expect(spanWithin(earlyDecember, { from: '2024-12-01', to: '2024-12-31' })).toBe(true)
    expect(spanWithin(earlyDecember, { from: '2024-12-01', to: '2024-12-07' })).toBe(false)
    expect(spanWithin(earlyDecember, { from: '2024-12-01', to: '2024-12-07', within: 'possibly' })).toBe(true)
    expect(spanWithin(earlyDecember, { from: '2024-12-10', within: 'possibly' })).toBe(false)
  })

  it('never counts an open-ended span as certainly within a closed range', () => {
    expect(spanWithin({ earliest: '2024-10-01', latest: null }, { to: '2030-01-01' })).toBe(false)
    expect(
      spanWithin({ earliest: '2024-10-01', latest: null }, { to: '2030-01-01', within: 'possibly' }),
    ).toBe(true)
  })

  it('treats certainly-within as a subset of possibly-within', () => {
    fc.assert(
      fc.property(span, range, (s, r) => {
        if (spanWithin(s, { ...r, within: 'certainly' }))
          expect(spanWithin(s, { ...r, within: 'possibly' })).toBe(true)
      }),
    )
  })

  it('finds a single day certainly within a range exactly when it lies inside it', () => {
    fc.assert(
      fc.property(day, range, (d, r) => {
        const inside = (r.from === undefined || d >= r.from) && (r.to === undefined || d <= r.to)
        expect(spanWithin({ earliest: d, latest: d }, r)).toBe(inside)
        expect(spanWithin({ earliest: d, latest: d }, { ...r, within: 'possibly' })).toBe(inside)
      }),
    )
  })

  it('puts every span possibly within a range that contains any of its days', () => {
    fc.assert(
      fc.property(span, day, (s, d) => {
        const covers = (s.earliest === null || s.earliest <= d) && (s.latest === null || d <= s.latest)
        if (covers) expect(spanWithin(s, { from: d, to: d, within: 'possibly' })).toBe(true)
      }),
    )
  })
})

describe('query over the dataset', () => {
  it('filters claims by several fields at once', () => {
    const found = query.claims({ claimant: 'rok-jcs', topic: 'reinforcement' })
    const expected = dataset.claims.filter(
      (c) => c.claimant === 'rok-jcs' && c.topics.includes('reinforcement'),
    )
    expect(found.map((c) => c.id)).toEqual(expected.map((c) => c.id))
    expect(found.map((c) => c.id)).toContain('jcs-second-deployment-2025-03-27')
    expect(query.claims({ claimant: 'nobody' })).toEqual([])
  })

  it('finds claims by text in statement, wording or quote', () => {
    expect(query.claims({ q: 'VLADIVOSTOK' }).map((c) => c.id)).toContain(
      'nis-special-forces-vladivostok-2024-10',
    )
  })

  it('separates claims certainly and possibly about the first week of December 2024', () => {
    const week = { from: '2024-12-01', to: '2024-12-07' }
    const certainly = query.claims({ about: week }).map((c) => c.id)
    const possibly = query.claims({ about: { ...week, within: 'possibly' } }).map((c) => c.id)
    expect(certainly).not.toContain('zelenskyy-first-fighting-early-december')
    expect(possibly).toContain('zelenskyy-first-fighting-early-december')
  })

  it('lists competing troop estimates in as-of order', () => {
    const series = query.estimates('troops-sent')
    expect(series.length).toBeGreaterThanOrEqual(4)
    const asOf = series.map((c) => (c.aboutSpan ?? c.madeOnSpan).earliest ?? '')
    expect(asOf).toEqual([...asOf].sort())
    expect(series.map((c) => c.figure?.quantity)).toEqual(series.map(() => 'troops-sent'))
  })

  it('returns events in date order filtered by kind', () => {
    const statements = query.events({ kind: 'statement' })
    expect(statements.map((e) => e.id)).toEqual(
      dataset.events.filter((e) => e.kind === 'statement').map((e) => e.id),
    )
    expect(statements.map((e) => e.id)).toContain('2025-04-28-north-korea-confirms-deployment')
    const starts = statements.map((e) => e.dateSpan.earliest ?? '')
    expect(starts).toEqual([...starts].sort())
  })
})

describe('knownOn', () => {
  it('replays the founding article claim as unconfirmed before Moscow spoke', () => {
    const before = knownOn(dataset, '2025-03-01')
    const claim = before.claims.find((c) => c.id === 'article-not-officially-confirmed')
    expect(claim?.status).toBe('reported')
    expect(claim?.relatedBy).toEqual([])
    expect(before.claims.find((c) => c.id === 'gerasimov-confirms-north-korean-troops')).toBeUndefined()
    const after = knownOn(dataset, '2025-05-01').claims.find(
      (c) => c.id === 'article-not-officially-confirmed',
    )
    expect(after?.status).toBe('superseded')
  })

  it('hides claims not certainly made by the date (an open end counts from its start), and events with no visible claim', () => {
    fc.assert(
      fc.property(day, (d) => {
        const view = knownOn(dataset, d)
        for (const c of view.claims) {
          const madeBy = c.madeOnSpan.latest ?? c.madeOnSpan.earliest
          expect(madeBy !== null && madeBy <= d).toBe(true)
        }
        for (const e of view.events) expect(e.claims.length).toBeGreaterThan(0)
        expect(view.claims.length).toBeLessThanOrEqual(dataset.claims.length)
      }),
      { numRuns: 50 },
    )
  })
})

describe('query by relation', () => {
  it('finds the claims citing a source, relayed by an actor, or naming an actor in any role', () => {
    const citing = query.claims({ source: 'founding-article' })
    const expected = dataset.claims.filter((c) => c.evidence.some((e) => e.source === 'founding-article'))
    expect(citing.length).toBeGreaterThan(10)
    expect(citing.map((c) => c.id)).toEqual(expected.map((c) => c.id))

    const relays = dataset.claims.flatMap((c) => c.via)
    expect(relays.length).toBeGreaterThan(0)
    const relay = relays[0] as string
    const relayed = query.claims({ via: relay })
    expect(relayed.map((c) => c.id)).toEqual(
      dataset.claims.filter((c) => c.via.includes(relay)).map((c) => c.id),
    )

    const involving = query.claims({ involving: 'rok-nis' }).map((c) => c.id)
    for (const role of [{ claimant: 'rok-nis' }, { via: 'rok-nis' }, { actor: 'rok-nis' }])
      for (const c of query.claims(role)) expect(involving).toContain(c.id)
    expect(involving.length).toBeGreaterThan(query.claims({ claimant: 'rok-nis' }).length)
  })

  it('combines a relation with other filters', () => {
    const found = query.claims({ source: 'founding-article', status: 'superseded' })
    expect(found.length).toBeGreaterThan(0)
    expect(found.length).toBeLessThan(query.claims({ source: 'founding-article' }).length)
    for (const c of found) expect(c.status).toBe('superseded')
  })

  it('finds the events a claim attests, in date order', () => {
    const attested = dataset.events.find((e) => e.claims.length > 0)
    const claim = attested?.claims[0] as string
    const events = query.events({ claim })
    expect(events.map((e) => e.id)).toContain(attested?.id)
    expect(events.map((e) => e.id)).toEqual(
      dataset.events.filter((e) => e.claims.includes(claim)).map((e) => e.id),
    )
    expect(query.events({ claim: 'no-such-claim' })).toEqual([])
  })

  it('lists the actors affiliated with a body', () => {
    const members = query.actors({ affiliation: 'north-korea' })
    expect(members.length).toBeGreaterThan(0)
    expect(members.map((a) => a.id)).toEqual(
      dataset.actors.filter((a) => a.affiliation === 'north-korea').map((a) => a.id),
    )
    expect(query.actors()).toBe(dataset.actors)
  })
})
