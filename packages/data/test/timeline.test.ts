import { describe, expect, it } from 'vitest'
import { claims, events, getPlace, getSource, places, query, sources } from '../src/index.ts'

describe('the timeline, June 2024 onward', () => {
  it('holds at least 60 events and 100 claims', () => {
    expect(events.length).toBeGreaterThanOrEqual(60)
    expect(claims.length).toBeGreaterThanOrEqual(100)
    expect(events.map((e) => e.id)).toContain('2024-06-19-treaty-signed')
    expect((events[0]?.dateSpan.earliest ?? '') <= '2024-06-19').toBe(true)
  })

  it('returns at least 10 comparable casualty estimates from at least 5 claimants, in as-of order', () => {
    const series = query.estimates('casualties')
    expect(series.length).toBeGreaterThanOrEqual(10)
    expect(query.estimates('casualties', { comparable: false }).length).toBeGreaterThanOrEqual(15)
    expect(new Set(series.map((c) => c.claimant)).size).toBeGreaterThanOrEqual(5)
    const asOf = series.map((c) => (c.aboutSpan ?? c.madeOnSpan).earliest ?? '')
    expect(asOf).toEqual([...asOf].sort())
  })

  it('keeps killed and wounded apart from casualties', () => {
    for (const kind of ['killed', 'wounded'] as const) {
      const series = query.estimates(kind)
      expect(series.length).toBeGreaterThan(0)
      for (const c of series) expect(c.figure?.quantity).toBe(kind)
    }
  })

  it('links NIS revising its death toll as a chain of superseded claims', () => {
    const chain = [
      'nis-killed-2024-12-19',
      'nis-killed-2025-01-13',
      'nis-killed-2025-04-30',
      'nis-killed-2025-09-02',
    ]
    const nis = chain.map((id) => query.claim(id))
    for (let i = 1; i < nis.length; i++) {
      expect(nis[i]?.related).toContainEqual(
        expect.objectContaining({ type: 'supersedes', claim: chain[i - 1] }),
      )
      expect(nis[i - 1]?.status).toBe('superseded')
      expect(nis[i - 1]?.history.at(-1)).toMatchObject({ status: 'superseded', byClaim: chain[i] })
    }
    expect(nis.map((c) => c?.figure?.value)).toEqual([100, 300, 600, 2000])
  })

  it('keeps date disagreements as contradicting claims', () => {
    const contradictions = claims.flatMap((c) => c.related.filter((r) => r.type === 'contradicts'))
    expect(contradictions.length).toBeGreaterThanOrEqual(10)
  })

  it('marks no claim corroborated that rests only on sources graded E or F', () => {
    for (const claim of claims.filter((c) => c.status === 'corroborated')) {
      const grades = claim.evidence.map((e) => getSource(e.source)?.reliability.grade ?? 'F')
      expect(
        grades.some((g) => 'ABCD'.includes(g)),
        claim.id,
      ).toBe(true)
    }
  })

  it('quotes only public pages we read, each quote 6 to 45 words or marked whole, translated where not English', () => {
    for (const claim of claims) {
      for (const e of claim.evidence.filter((x) => x.quote)) {
        const source = getSource(e.source)
        expect(source?.url, `${claim.id}: ${e.source}`).toMatch(/^https?:/)
        expect(source?.retrieved, `${claim.id}: ${e.source}`).toBeDefined()
        if (!source?.language.startsWith('en')) expect(e.translation, claim.id).toBeDefined()
      }
    }
    expect(sources.map((s) => s.id)).not.toContain('research-fact-sheet')
  })

  it('places the story with the research coordinates, and no invented ones', () => {
    expect(getPlace('sudzha')).toMatchObject({ latitude: 51.19139, longitude: 35.27056 })
    expect(getPlace('vladivostok')).toMatchObject({ latitude: 43.1333, longitude: 131.9 })
    for (const id of [
      'pyongyang',
      'ussuriysk',
      'khabarovsk',
      'blagoveshchensk',
      'kursk-oblast',
      'moscow',
      'kyiv',
      'chongjin',
      'hamhung',
    ]) {
      expect(getPlace(id)?.latitude, id).toEqual(expect.any(Number))
    }
    for (const place of places) if (place.latitude === undefined) expect(place.note).toMatch(/No coordinates/)
  })

  it('cites every source URL once', () => {
    const urls = sources.flatMap((s) => (s.url ? [s.url] : []))
    expect(new Set(urls).size).toBe(urls.length)
  })
})
