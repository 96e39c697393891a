import { describe, expect, it } from 'vitest'
import { highlight } from './highlight.ts'

describe('highlight', () => {
  it('marks each matched word in any case and keeps the rest of the text', () => {
    const pieces = highlight('North Korean troops in Kursk; kursk again', ['kursk', 'troops'])
    expect(pieces.map((p) => p.text).join('')).toBe('North Korean troops in Kursk; kursk again')
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(['troops', 'Kursk', 'kursk'])
  })

  it('prefers the longer of two overlapping terms and treats regex characters as text', () => {
    expect(highlight('Vladivostok (port)', ['vladivostok', 'vlad', '(port)']).filter((p) => p.hit)).toEqual([
      { text: 'Vladivostok', hit: true },
      { text: '(port)', hit: true },
    ])
  })

  it('returns the text unmarked when nothing matched', () => {
    expect(highlight('Sudzha', [])).toEqual([{ text: 'Sudzha', hit: false }])
  })
})
