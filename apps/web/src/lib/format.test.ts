import { describe, expect, it } from 'vitest'
import {
  boundSymbol,
  edtfInWords,
  figureInWords,
  figureSentence,
  figureWithUnit,
  gradeInWords,
  scopeInWords,
  statusInWords,
} from './format.ts'
import { baseLocale, type Locale, overwriteGetLocale } from './paraglide/runtime'

describe('figureInWords', () => {
  it.each([
    [{ bound: 'about', value: 1500, wording: 'approximately 1,500' }, 'about 1,500'],
    [{ bound: 'up-to', value: 1000, wording: 'as many as 1,000' }, 'as many as 1,000'],
    [{ bound: 'more-than', value: 40, wording: 'more than 40' }, 'more than 40'],
    [{ bound: 'at-least', value: 100, wording: 'at least 100' }, 'at least 100'],
    [{ bound: 'nearly', value: 7000, wording: 'nearly 7,000' }, 'nearly 7,000'],
    [{ bound: 'exact', value: 11000, wording: '11,000' }, '11,000'],
  ] as const)('puts %o as "%s"', (figure, words) => {
    expect(figureInWords(figure)).toBe(words)
  })

  it('reads a range as between its ends', () => {
    expect(figureInWords({ bound: 'range', low: 1000, high: 3000, wording: '1,000–3,000' })).toBe(
      'between 1,000 and 3,000',
    )
  })

  it('keeps the source wording for vague figures', () => {
    expect(figureInWords({ bound: 'vague', wording: 'several hundred' })).toBe('several hundred')
  })
})

describe('edtfInWords', () => {
  it.each([
    ['2024-08', 'August 2024'],
    ['2024-10-18', '18 October 2024'],
    ['2024-12-0X', 'early December 2024'],
    ['2025-01-1X', 'mid-January 2025'],
    ['2025-01-2X', 'late January 2025'],
    ['2024-10/..', 'since October 2024'],
    ['2024-10-08/2024-10-13', '8 October 2024 – 13 October 2024'],
    ['2025-04-01~', 'around 1 April 2025'],
    ['2024', '2024'],
  ])('reads %s as "%s"', (edtf, words) => {
    expect(edtfInWords(edtf)).toBe(words)
  })

  it('returns forms it does not know unchanged', () => {
    expect(edtfInWords('2024-13')).toBe('2024-13')
    expect(edtfInWords('2024-21')).toBe('2024-21')
  })
})

describe('figureSentence', () => {
  it('reads a figure, its time and its claimant as one sentence', () => {
    expect(
      figureSentence({
        figure: {
          quantity: 'killed',
          unit: 'persons',
          bound: 'up-to',
          value: 1000,
          wording: 'as many as 1,000',
        },
        about: '2025-01-1X',
        madeOn: '2025-01-22',
        claimantName: 'Western officials (unnamed)',
        viaNames: ['BBC'],
      }),
    ).toBe('as many as 1,000 killed, as of mid-January 2025, per Western officials (unnamed) via BBC')
  })

  it('names non-person units and falls back to the date made', () => {
    expect(
      figureSentence({
        figure: {
          quantity: 'distance',
          unit: 'km',
          bound: 'nearly',
          value: 7000,
          wording: 'nearly 7,000 kilometers',
        },
        madeOn: '2025-02-05',
        claimantName: 'the founding article',
      }),
    ).toBe('nearly 7,000 km (distance), as of 5 February 2025, per the founding article')
  })
})

describe('marks and grades', () => {
  it('gives each bound a distinct mark', () => {
    const bounds = ['exact', 'about', 'nearly', 'at-least', 'more-than', 'up-to', 'range', 'vague'] as const
    expect(new Set(bounds.map(boundSymbol)).size).toBe(bounds.length)
    expect(boundSymbol('at-least')).toBe('≥')
  })

  it('puts percentages and grades into words', () => {
    expect(
      figureWithUnit({ unit: 'percent', bound: 'more-than', value: 40, wording: 'more than 40 percent' }),
    ).toBe('more than 40%')
    expect(gradeInWords('F')).toBe('F, reliability cannot be judged')
  })
})

describe('scopeInWords', () => {
  const stated = { derivation: 'stated' as const }
  it('says nothing of a running total of every contingent, as stated', () => {
    expect(
      scopeInWords({ ...stated, scope: { extent: 'cumulative', contingents: 'all', modality: 'actual' } }),
    ).toBe('')
  })

  it('names the incident, the contingent, the modality and our arithmetic', () => {
    const names = (id: string) => ({ 'engineers-2025': 'the engineers (2025)' })[id] ?? id
    expect(
      scopeInWords({
        ...stated,
        scope: { extent: 'incident', period: '2024-10-03', contingents: 'all', modality: 'actual' },
      }),
    ).toBe('one incident, 3 October 2024')
    expect(
      scopeInWords(
        { ...stated, scope: { extent: 'cumulative', contingents: ['engineers-2025'], modality: 'planned' } },
        names,
      ),
    ).toBe('the engineers (2025) only · planned')
    expect(
      scopeInWords({
        derivation: 'computed',
        basis: { method: 'two-thirds of 4,000', claims: ['x'] },
        scope: { extent: 'period', period: '2024-12-20/2024-12-27', contingents: 'all', modality: 'actual' },
      }),
    ).toBe('counted over 20 December 2024 – 27 December 2024 · computed by us: two-thirds of 4,000')
  })
})

describe('in Korean and Ukrainian', () => {
  const inLocale = (locale: Locale, run: () => void) => {
    overwriteGetLocale(() => locale)
    try {
      run()
    } finally {
      overwriteGetLocale(() => baseLocale)
    }
  }

  it.each([
    ['ko', '2024-12-0X', '2024년 12월 초'],
    ['ko', '2024-10-23', '2024년 10월 23일'],
    ['ko', '2024-10/..', '2024년 10월부터'],
    ['ko', '2025-01~', '2025년 1월경'],
    ['uk', '2024-12-0X', 'початок грудня 2024'],
    ['uk', '2024-12-1X', 'середина грудня 2024'],
    ['uk', '2024-10-23', '23 жовтня 2024'],
    ['uk', '2024-10/..', 'з жовтня 2024'],
    ['uk', '2024-12-2X/..', 'з кінця грудня 2024'],
    ['uk', '2025-01', 'січень 2025'],
  ] as const)('in %s puts %s as "%s"', (locale, value, words) => {
    inLocale(locale, () => expect(edtfInWords(value)).toBe(words))
  })

  it('puts the bound in each language’s word order, with the Korean counter for persons', () => {
    const about = { bound: 'about', value: 2000, wording: 'about 2,000', unit: 'persons' } as const
    const more = { bound: 'more-than', value: 1000, wording: 'more than 1,000', unit: 'persons' } as const
    inLocale('ko', () => {
      expect(figureWithUnit(about)).toBe('약 2,000명')
      expect(figureWithUnit(more)).toBe('1,000명 초과')
    })
    inLocale('uk', () => {
      expect(figureWithUnit(about)).toBe('близько 2\u00a0000')
      expect(figureWithUnit(more)).toBe('понад 1\u00a0000')
    })
    expect(figureWithUnit(about)).toBe('about 2,000')
  })

  it('names statuses and grades in the language', () => {
    inLocale('ko', () => expect(gradeInWords('B')).toBe('B, 대체로 신뢰할 수 있음'))
    inLocale('uk', () => expect(statusInWords('officially-confirmed')).toBe('Офіційно підтверджено'))
  })
})
