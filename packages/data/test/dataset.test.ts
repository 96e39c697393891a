import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  actors,
  claims,
  dataset,
  events,
  getActor,
  getClaim,
  getPlace,
  getSource,
  places,
  sources,
} from '../src/index.ts'
import { DatasetSchema } from '../src/schema/index.ts'

describe('the built dataset', () => {
  it('satisfies the dataset schema', () => {
    expect(() => DatasetSchema.parse(dataset)).not.toThrow()
  })

  it('lists records in id order and events in date order', () => {
    for (const records of [claims, sources, actors, places]) {
      const ids = records.map((r) => r.id)
      expect(ids).toEqual([...ids].sort())
    }
    const starts = events.map((e) => e.dateSpan.earliest ?? '')
    expect(starts).toEqual([...starts].sort())
  })

  it('resolves every reference of every claim', () => {
    for (const c of claims) {
      expect(getActor(c.claimant), `${c.id} claimant`).toBeDefined()
      for (const id of [...c.via, ...c.actors]) expect(getActor(id), `${c.id} actor ${id}`).toBeDefined()
      for (const id of c.places) expect(getPlace(id), `${c.id} place ${id}`).toBeDefined()
      for (const e of c.evidence) expect(getSource(e.source), `${c.id} source ${e.source}`).toBeDefined()
      for (const r of [...c.related, ...c.relatedBy])
        expect(getClaim(r.claim), `${c.id} related`).toBeDefined()
      for (const h of c.history) {
        if (h.byClaim) expect(getClaim(h.byClaim), `${c.id} history`).toBeDefined()
        if (h.bySource) expect(getSource(h.bySource), `${c.id} history`).toBeDefined()
      }
    }
  })

  it('attests every event with claims that exist', () => {
    for (const e of events) {
      expect(e.claims.length, e.id).toBeGreaterThan(0)
      for (const id of e.claims) expect(getClaim(id), `${e.id} → ${id}`).toBeDefined()
    }
  })

  it('ends every status history at the current status, in time order', () => {
    for (const c of claims) {
      expect(c.history.at(-1)?.status, c.id).toBe(c.status)
      const days = c.history.map((h) => h.onSpan.earliest ?? '')
      expect(days, c.id).toEqual([...days].sort())
    }
  })

  it('orders a superseding claim after the claim it supersedes', () => {
    const pairs = claims.flatMap((c) =>
      c.related.filter((r) => r.type === 'supersedes').map((r) => [c, getClaim(r.claim)]),
    )
    expect(pairs.length).toBeGreaterThan(0)
    for (const [newer, older] of pairs) {
      expect((newer?.madeOnSpan.earliest ?? '') >= (older?.madeOnSpan.latest ?? ''), newer?.id).toBe(true)
    }
  })

  it('keeps every claim of the founding article, paragraph by paragraph', () => {
    const locators = new Set(
      claims.flatMap((c) => c.evidence.filter((e) => e.source === 'founding-article').map((e) => e.locator)),
    )
    const expected = ['title', 'standfirst', ...Array.from({ length: 9 }, (_, i) => `paragraph ${i + 1}`)]
    expect([...locators].sort()).toEqual(expected.sort())
  })

  it.each([
    ['nis-special-forces-vladivostok-2024-10', 'troops-sent', 'about', 1500, 'approximately 1,500'],
    ['article-another-10000-joined', 'troops-sent', 'about', 10000, '10,000 or so'],
    ['article-nearly-7000-km', 'distance', 'nearly', 7000, 'nearly 7,000 kilometers'],
    ['article-more-than-40-percent-losses', 'share-of-force', 'more-than', 40, 'more than 40 percent'],
    ['western-officials-killed-mid-january-2025', 'killed', 'about', 1000, 'around 1,000'],
    ['western-officials-nearly-40-percent', 'share-of-force', 'nearly', 40, 'nearly 40%'],
  ])('keeps %s as worded: %s, %s %d', (id, quantity, bound, value, wording) => {
    expect(getClaim(id)?.figure).toMatchObject({ quantity, bound, value, wording })
  })

  it('keeps vague figures and fuzzy dates fuzzy', () => {
    expect(getClaim('article-weapons-supplier')?.figure).toMatchObject({
      bound: 'vague',
      wording: 'millions of rounds',
    })
    expect(getClaim('article-weapons-supplier')?.figure?.value).toBeUndefined()
    expect(getClaim('zelenskyy-first-fighting-early-december')?.about).toBe('2024-12-0X')
    expect(getClaim('western-officials-killed-mid-january-2025')?.aboutSpan).toEqual({
      earliest: '2025-01-10',
      latest: '2025-01-19',
    })
    expect(getClaim('nis-presence-since-october-2024')?.aboutSpan).toEqual({
      earliest: '2024-10-01',
      latest: null,
    })
    expect(getClaim('article-kursk-incursion-august-2024')?.about).toBe('2024-08')
  })

  it('keeps the disagreements with the founding article as linked claims', () => {
    expect(getClaim('article-not-officially-confirmed')).toMatchObject({ status: 'superseded' })
    expect(getClaim('article-not-officially-confirmed')?.relatedBy).toContainEqual({
      type: 'supersedes',
      claim: 'wpk-cmc-confirms-deployment',
    })
    expect(getClaim('article-more-than-40-percent-losses')?.related).toContainEqual(
      expect.objectContaining({ type: 'contradicts', claim: 'western-officials-nearly-40-percent' }),
    )
    expect(getClaim('zelenskyy-first-fighting-early-december')?.relatedBy).toContainEqual({
      type: 'contradicts',
      claim: 'umerov-small-scale-clashes-2024-11-05',
    })
  })

  it('describes the founding article as a source of unknown authorship', () => {
    const article = getSource('founding-article')
    expect(article?.author).toBeUndefined()
    expect(article?.provenance).toMatch(/Author unknown/)
    expect(article?.reliability.grade).toBe('F')
  })
})

describe('README.md', () => {
  it('shows the worked claim exactly as its data file holds it', () => {
    const id = 'nis-special-forces-vladivostok-2024-10'
    const root = join(import.meta.dirname, '..')
    const file = readFileSync(join(root, 'data', 'claims', `${id}.yaml`), 'utf8')
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme, `README.md shows data/claims/${id}.yaml: copy the file into it again`).toContain(
      `\`\`\`yaml\n${file}\`\`\``,
    )
  })
})
