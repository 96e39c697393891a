import { describe, expect, it } from 'vitest'
import { paginate } from './paging'

const items = Array.from({ length: 45 }, (_, i) => i + 1)
const at = (path: string) => new URL(`https://dash.test${path}`)

describe('paginate', () => {
  it('shows the first page when no page is asked for', () => {
    const p = paginate(items, at('/actors/x'))
    expect(p).toMatchObject({ page: 1, pages: 3, from: 1, to: 20, total: 45, previous: undefined })
    expect(p.items).toEqual(items.slice(0, 20))
    expect(p.next).toBe('/actors/x?page=2')
  })

  it('keeps the other query parameters and the hash in every link', () => {
    const p = paginate(items, at('/actors/x?kind=state&made=2&lang=ko'), { param: 'made', hash: 'made' })
    expect(p.page).toBe(2)
    expect(p.items).toEqual(items.slice(20, 40))
    expect(p.previous).toBe('/actors/x?kind=state&lang=ko#made')
    expect(p.next).toBe('/actors/x?kind=state&made=3&lang=ko#made')
    expect(p.links.map((l) => [l.page, l.current])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ])
  })

  it('ends on a short last page and clamps pages past the end', () => {
    const last = paginate(items, at('/x?page=99'))
    expect(last).toMatchObject({ page: 3, from: 41, to: 45, next: undefined })
    expect(last.items).toEqual([41, 42, 43, 44, 45])
  })

  it('treats a page that is not a whole number as the first', () => {
    for (const value of ['0', '-1', 'two', '1.5', '']) {
      expect(paginate(items, at(`/x?page=${value}`)).page, value).toBe(1)
    }
  })

  it('gives one empty page for an empty list', () => {
    expect(paginate([], at('/x'))).toMatchObject({ page: 1, pages: 1, from: 0, to: 0, items: [] })
  })

  it('ends a page only where the group changes when grouped', () => {
    const months = ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'd']
    const pages = (n: number) => paginate(months, at(`/t?page=${n}`), { size: 4, groupOf: (m) => m })
    expect(pages(1).pages).toBe(4)
    expect([1, 2, 3, 4].map((n) => pages(n).items.join(''))).toEqual(['aaa', 'bb', 'ccccccc', 'd'])
    expect(pages(3)).toMatchObject({ from: 6, to: 12, total: 13 })
  })

  it('joins small groups onto one page up to the size', () => {
    const p = paginate(['a', 'b', 'c', 'd', 'd'], at('/t'), { size: 3, groupOf: (m) => m })
    expect(p.items).toEqual(['a', 'b', 'c'])
    expect(p.pages).toBe(2)
  })
})
