import { describe, expect, it } from 'vitest'
import { translatedDataset } from '../test/translated.ts'
import { claimColumns, contingentColumns, eventColumns, placeColumns, toCsv } from './csv.ts'
import { localize } from './localize.ts'
import { createQuery, knownOn } from './query.ts'

const english = translatedDataset()
const ko = localize(english, 'ko')
const uk = localize(english, 'uk')
const find = <T extends { id: string }>(records: readonly T[], id: string) =>
  records.find((r) => r.id === id) as T

describe('localize', () => {
  it('puts every translatable field in the language asked for and keeps the translations', () => {
    const claim = find(ko.claims, 'nis-special-forces-vladivostok-2024-10')
    expect(claim.statement).toBe('2024년 10월 북한 특수부대 약 1,500명이 훈련차 블라디보스토크에 도착했다.')
    expect(claim.translations?.uk?.statement).toMatch(/^У жовтні 2024/)
    const event = find(uk.events, '2024-08-06-kursk-incursion-begins')
    expect([event.title, event.summary]).toEqual([
      'Початок операції на Курщині',
      'Українські сили перетинають кордон у Курську область Росії.',
    ])
    expect(find(ko.actors, 'rok-nis').name).toBe('국가정보원 (대한민국)')
    expect(find(uk.places, 'vladivostok').name).toBe('Владивосток')
    const wave = find(ko.contingents, 'engineers-2025')
    expect(wave.name).toBe('공병대와 지뢰제거반 (2025)')
    expect(wave.summary).toMatch(/^2025년/)
  })

  it('keeps the English of a record with no translation into that language, as the same object', () => {
    const englishWave = find(english.contingents, 'engineers-2025')
    expect(find(uk.contingents, 'engineers-2025')).toBe(englishWave)
    const untranslated = english.claims.find((c) => !c.translations)
    expect(untranslated).toBeDefined()
    expect(find(ko.claims, untranslated?.id as string)).toBe(untranslated)
  })

  it('changes nothing else, in place or in English', () => {
    const before = JSON.stringify(english)
    const claim = find(ko.claims, 'nis-special-forces-vladivostok-2024-10')
    const { statement: _a, ...rest } = claim
    const { statement: _b, ...englishRest } = find(english.claims, claim.id)
    expect(rest).toEqual(englishRest)
    expect(JSON.stringify(english)).toBe(before)
    const en = localize(english, 'en')
    expect(en.claims).toBe(english.claims)
    expect([en.language, ko.language, uk.language]).toEqual(['en', 'ko', 'uk'])
  })

  it('refuses a dataset already in another language, whose English is gone', () => {
    expect(() => localize(ko, 'uk')).toThrow(/English dataset/)
    expect(localize(ko, 'ko').claims).toBe(ko.claims)
  })

  it('survives knownOn, so a past view can be read in each language', () => {
    const then = knownOn(ko, '2024-12-31')
    expect(then.language).toBe('ko')
    expect(find(then.claims, 'nis-special-forces-vladivostok-2024-10').statement).toMatch(/^2024년 10월/)
  })
})

describe('search over a localized dataset', () => {
  // MiniSearch splits on Unicode spaces and punctuation: Hangul and Cyrillic words are terms like any other.
  it('finds Korean words by prefix, which the English dataset does not have', () => {
    const hits = createQuery(ko).search('훈련차 블라디보스토크')
    expect(hits.map((h) => h.id)).toContain('nis-special-forces-vladivostok-2024-10')
    expect(createQuery(english).search('훈련차')).toEqual([])
    expect(createQuery(ko).search('공병대')[0]).toMatchObject({ type: 'contingent', id: 'engineers-2025' })
  })

  it('finds Ukrainian words in any case, with their matched terms', () => {
    const hits = createQuery(uk).search('СПЕЦПРИЗНАЧЕНЦІВ')
    expect(hits[0]).toMatchObject({ type: 'claim', id: 'nis-special-forces-vladivostok-2024-10' })
    expect(hits[0]?.terms).toEqual(['спецпризначенців'])
    expect(createQuery(uk).search('Курщині')[0]).toMatchObject({ id: '2024-08-06-kursk-incursion-begins' })
    expect(createQuery(english).search('спецпризначенців')).toEqual([])
  })
})

describe('translation columns', () => {
  it('follow each translatable column, one per language, empty where there is none', () => {
    const names = (columns: readonly { name: string }[]) => columns.map((c) => c.name)
    expect(names(claimColumns).slice(2, 5)).toEqual(['statement', 'statement_ko', 'statement_uk'])
    expect(names(eventColumns).slice(2, 8)).toEqual([
      'title',
      'title_ko',
      'title_uk',
      'summary',
      'summary_ko',
      'summary_uk',
    ])
    expect(names(placeColumns).slice(1, 4)).toEqual(['name', 'name_ko', 'name_uk'])
    expect(names(contingentColumns)).toContain('summary_uk')
    const wave = find(english.contingents, 'engineers-2025')
    const [header, row] = toCsv(contingentColumns, [wave]).split('\r\n')
    const cells = Object.fromEntries(header?.split(',').map((name, i) => [name, row?.split(',')[i]]) ?? [])
    expect(cells).toMatchObject({ name_ko: '공병대와 지뢰제거반 (2025)', name_uk: '' })
  })
})
