import { describe, expect, it } from 'vitest'
import { edtfInWords, figureInWords } from './format.ts'

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
