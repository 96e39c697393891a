import { type Dataset, dataset } from '@dprk/data'
import { createApi } from '../src/app.ts'

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

/**
 * The embedded dataset with our own test translations on a few records and none on any other, so these tests never
 * depend on how far the translators have got.
 */
export function translatedDataset(): Dataset {
  const set = <T extends { id: string; translations?: unknown }>(type: string, records: readonly T[]) =>
    records.map((record) => {
      const { translations: _, ...rest } = record
      const own = texts[`${type}/${record.id}`]
      return (own ? { ...rest, translations: own } : rest) as T
    })
  return {
    ...dataset,
    claims: set('claims', dataset.claims),
    events: set('events', dataset.events),
    actors: set('actors', dataset.actors),
    places: set('places', dataset.places),
    contingents: set('contingents', dataset.contingents),
  }
}

/** The API over the translated dataset, limiter off, with its memo for tests of the Node listener. */
export const translatedApi = () => createApi({ dataset: translatedDataset(), rateLimit: false })
