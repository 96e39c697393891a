import { afterEach, describe, expect, it } from 'vitest'
import { chainInWords, claimChain } from './chain.ts'
import { baseLocale, overwriteGetLocale } from './paraglide/runtime'

const nis = { id: 'rok-nis', name: 'NIS' }
const lee = { id: 'lee', name: 'Lee Seong-kweun' }

describe('claimChain', () => {
  it('runs from the claimant through the speaker and relays to each page, with its wire agency', () => {
    const chain = claimChain({
      claimant: nis,
      speaker: { id: 'cho', name: 'Cho Tae-yong' },
      via: [lee, { id: 'yonhap', name: 'Yonhap' }],
      sources: [
        { id: 'a', title: 'A', publisher: 'Le Monde', syndicates: 'AFP' },
        { id: 'b', title: 'B', publisher: 'Yonhap', syndicates: 'Yonhap' },
        { id: 'a', title: 'A', publisher: 'Le Monde', syndicates: 'AFP' },
      ],
    })
    expect(chain.steps.map((s) => `${s.role}:${s.name}`)).toEqual([
      'claimant:NIS',
      'speaker:Cho Tae-yong',
      'relay:Lee Seong-kweun',
      'relay:Yonhap',
    ])
    // One ending per page; the last relay is not named again as the wire.
    expect(chain.endings.map((e) => [e.wire, e.publisher])).toEqual([
      ['AFP', 'Le Monde'],
      [undefined, 'Yonhap'],
    ])
  })

  it('says the chain in words', () => {
    const chain = claimChain({
      claimant: nis,
      via: [lee],
      sources: [{ id: 'a', title: 'A', publisher: 'Le Monde', syndicates: 'AFP' }],
    })
    expect(chainInWords(chain)).toBe(
      "NIS claims it; Lee Seong-kweun passed it on; it reached us through AFP's wire copy in Le Monde.",
    )
  })

  it('names an unknown publisher as such', () => {
    const chain = claimChain({
      claimant: nis,
      via: [],
      sources: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B', publisher: 'KBS' },
      ],
    })
    expect(chainInWords(chain)).toBe('NIS claims it; it reached us in 2 pages: an unnamed publisher; KBS.')
  })
})

describe('chainInWords in Korean and Ukrainian', () => {
  afterEach(() => overwriteGetLocale(() => baseLocale))
  const chain = claimChain({
    claimant: nis,
    via: [lee],
    sources: [
      { id: 'a', title: 'A', publisher: 'Le Monde', syndicates: 'AFP' },
      { id: 'b', title: 'B' },
    ],
  })

  it('keeps each language its own word order', () => {
    overwriteGetLocale(() => 'ko')
    expect(chainInWords(chain)).toBe(
      '주장: NIS; 전달: Lee Seong-kweun; 우리에게 전해진 페이지 2곳: Le Monde에 실린 AFP 통신 기사; 이름이 밝혀지지 않은 매체.',
    )
    overwriteGetLocale(() => 'uk')
    expect(chainInWords(chain)).toBe(
      'NIS стверджує це; Lee Seong-kweun передає це далі; до нас це дійшло через 2 сторінки: матеріал агентства AFP у виданні Le Monde; невідоме видання.',
    )
  })
})
