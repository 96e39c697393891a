import { describe, expect, it } from 'vitest'
import { Lru } from '../src/http/lru.ts'

describe('the bounded memo map', () => {
  it('never holds more than its capacity', () => {
    const lru = new Lru<number, number>(10)
    for (let i = 0; i < 1000; i++) lru.set(i, i)
    expect(lru.size).toBeLessThanOrEqual(10)
    expect(lru.get(999)).toBe(999)
    expect(lru.get(0)).toBeUndefined()
  })

  it('keeps an entry that is used while others come and go', () => {
    const lru = new Lru<string, number>(10)
    lru.set('hot', 1)
    for (let i = 0; i < 100; i++) {
      lru.set(`cold-${i}`, i)
      expect(lru.get('hot')).toBe(1)
    }
    expect(lru.get('cold-0')).toBeUndefined()
  })

  it('replaces a value under the same key without growing', () => {
    const lru = new Lru<string, number>(4)
    lru.set('a', 1)
    lru.set('a', 2)
    expect(lru.get('a')).toBe(2)
    expect(lru.size).toBe(1)
  })
})
