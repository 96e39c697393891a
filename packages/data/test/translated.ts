import type { Dataset } from '../src/index.ts'
import { dataset } from '../src/index.ts'

/**
 * The embedded dataset with translations of our own on a few records and none on any other, so tests never
 * depend on how far the translators have got.
 */
export function translatedDataset(): Dataset {
  const texts: Record<string, Record<string, object>> = {
    'claims/nis-special-forces-vladivostok-2024-10': {
      ko: { statement: '2024년 10월 북한 특수부대 약 1,500명이 훈련차 블라디보스토크에 도착했다.' },
      uk: {
        statement:
          'У жовтні 2024 року близько 1500 північнокорейських спецпризначенців прибули до Владивостока, спершу на навчання.',
      },
    },
    'events/2024-08-06-kursk-incursion-begins': {
      ko: {
        title: '우크라이나군 쿠르스크 진격 개시',
        summary: '우크라이나군이 국경을 넘어 러시아 쿠르스크주로 들어간다.',
      },
      uk: {
        title: 'Початок операції на Курщині',
        summary: 'Українські сили перетинають кордон у Курську область Росії.',
      },
    },
    'actors/rok-nis': {
      ko: { name: '국가정보원 (대한민국)' },
      uk: { name: 'Національна служба розвідки (Південна Корея)' },
    },
    'places/vladivostok': { ko: { name: '블라디보스토크' }, uk: { name: 'Владивосток' } },
    'contingents/engineers-2025': {
      ko: {
        name: '공병대와 지뢰제거반 (2025)',
        summary: '2025년 쿠르스크주 지뢰 제거를 위한 공병 약 1,000명.',
      },
    },
  }
  const with_ = <T extends { id: string; translations?: unknown }>(type: string, records: readonly T[]) =>
    records.map((record) => {
      const { translations: _, ...rest } = record
      const own = texts[`${type}/${record.id}`]
      return (own ? { ...rest, translations: own } : rest) as T
    })
  return {
    ...dataset,
    claims: with_('claims', dataset.claims),
    events: with_('events', dataset.events),
    actors: with_('actors', dataset.actors),
    places: with_('places', dataset.places),
    contingents: with_('contingents', dataset.contingents),
  }
}
