import { describe, expect, it } from 'vitest'
import { filterQuery, isCalendarDay, readFilters } from './filters.ts'

describe('readFilters', () => {
  it('reads a claimant and an "as known on" day', () => {
    expect(readFilters(new URLSearchParams('claimant=rok-nis&as_of=2025-02-01'))).toEqual({
      claimant: 'rok-nis',
      asOf: '2025-02-01',
      notes: [],
    })
  })

  it('treats the empty fields a GET form sends as no filter', () => {
    expect(readFilters(new URLSearchParams('claimant=&as_of='))).toEqual({ notes: [] })
  })

  it('drops values the API would refuse, and says why', () => {
    const filters = readFilters(new URLSearchParams('claimant=Robert%27); DROP&as_of=2025-02'))
    expect(filters.claimant).toBeUndefined()
    expect(filters.asOf).toBeUndefined()
    expect(filters.notes).toHaveLength(2)
    expect(filters.notes[1]).toContain('YYYY-MM-DD')
  })
})

describe('isCalendarDay', () => {
  it('accepts real days only', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true)
    expect(isCalendarDay('2025-02-29')).toBe(false)
    expect(isCalendarDay('2025-13-01')).toBe(false)
    expect(isCalendarDay('2025-1-01')).toBe(false)
  })
})

describe('filterQuery', () => {
  it('writes only the filters that are set', () => {
    expect(filterQuery({})).toBe('')
    expect(filterQuery({ claimant: 'rok-nis' })).toBe('?claimant=rok-nis')
    expect(filterQuery({ claimant: 'rok-nis', asOf: '2025-02-01' })).toBe(
      '?claimant=rok-nis&as_of=2025-02-01',
    )
  })
})
