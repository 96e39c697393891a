import { describe, expect, it } from 'vitest'
import { chainInWords, claimChain } from './chain.ts'

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
