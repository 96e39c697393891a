import { describe, expect, it } from 'vitest'
import type { Claim, Dataset, Source } from '../generated/types.js'
import { createQuery, isComparable } from './query.ts'

const span = (day: string) => ({ earliest: day, latest: day })
const source = (id: string, grade: Source['reliability']['grade']): Source => ({
  id,
  kind: 'news-report',
  title: id,
  published: '2025-01-01',
  publishedSpan: span('2025-01-01'),
  language: 'en',
  reliability: { grade, reason: 'test' },
})

function claim(id: string, day: string, change: (c: Claim) => void = () => {}): Claim {
  const c: Claim = {
    id,
    kind: 'estimate',
    statement: id,
    claimant: 'nis',
    via: [],
    madeOn: day,
    madeOnSpan: span(day),
    aboutSpan: null,
    places: [],
    actors: [],
    topics: [],
    related: [],
    relatedBy: [],
    evidence: [{ source: 'good', quote: 'about 1,000 were sent' }],
    status: 'reported',
    history: [{ on: day, status: 'reported', onSpan: span(day) }],
    credibility: { grade: 3, reason: 'test' },
    figure: {
      quantity: 'troops-sent',
      unit: 'persons',
      bound: 'about',
      value: 1000,
      wording: 'about 1,000',
      lower: null,
      upper: null,
      scope: { extent: 'cumulative', contingents: 'all', modality: 'actual' },
      derivation: 'stated',
    },
  }
  change(c)
  return c
}

const figure = (c: Claim) => c.figure as NonNullable<Claim['figure']>
const claims = [
  claim('total', '2025-01-01'),
  claim('one-wave', '2025-02-01', (c) => {
    figure(c).scope = { extent: 'cumulative', contingents: ['engineers'], modality: 'actual' }
  }),
  claim('planned', '2025-03-01', (c) => {
    figure(c).scope.modality = 'planned'
  }),
  claim('strike', '2025-04-01', (c) => {
    figure(c).scope = { extent: 'incident', period: '2025-04-01', contingents: 'all', modality: 'actual' }
  }),
  claim('ours', '2025-05-01', (c) => {
    figure(c).derivation = 'computed'
    figure(c).basis = { method: 'two-thirds of 1,500', claims: ['total'] }
  }),
  claim('disputed', '2025-06-01', (c) => {
    c.status = 'disputed'
  }),
  claim('weak', '2025-07-01', (c) => {
    c.evidence = [{ source: 'weak', quote: 'about 1,000 were sent' }]
  }),
  claim('later-total', '2025-08-01'),
]
const dataset = {
  claims,
  events: [],
  sources: [source('good', 'B'), source('weak', 'E')],
} as unknown as Dataset
const query = createQuery(dataset)
const ids = (list: Claim[]) => list.map((c) => c.id)

describe('comparable estimates', () => {
  it('keep only cumulative totals of every contingent, actual, stated, undisputed, on a source graded A–D', () => {
    expect(ids(query.estimates('troops-sent'))).toEqual(['total', 'later-total'])
    const grade = (id: string) => dataset.sources.find((s) => s.id === id)?.reliability.grade
    expect(claims.filter((c) => isComparable(c, grade)).map((c) => c.id)).toEqual(['total', 'later-total'])
  })

  it('give every figure of the kind with comparable: false, in as-of order', () => {
    expect(ids(query.estimates('troops-sent', { comparable: false }))).toEqual(ids(claims))
  })

  it('turn the default off when a scope filter is given, and filter by it', () => {
    expect(ids(query.estimates('troops-sent', { contingent: 'engineers' }))).toEqual(['one-wave'])
    expect(ids(query.estimates('troops-sent', { modality: 'planned' }))).toEqual(['planned'])
    expect(ids(query.estimates('troops-sent', { extent: 'incident' }))).toEqual(['strike'])
    expect(ids(query.estimates('troops-sent', { derivation: 'computed' }))).toEqual(['ours'])
    expect(
      ids(query.estimates('troops-sent', { contingent: 'all', modality: 'actual', extent: 'cumulative' })),
    ).toEqual(['total', 'ours', 'disputed', 'weak', 'later-total'])
    expect(ids(query.estimates('troops-sent', { extent: 'cumulative', comparable: true }))).toEqual([
      'total',
      'later-total',
    ])
  })
})
