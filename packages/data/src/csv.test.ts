import { describe, expect, it } from 'vitest'
import { type CsvColumn, toCsv } from './csv.ts'

const columns: CsvColumn<{ text: string; n?: number }>[] = [
  { name: 'text', type: 'string', description: '', get: (r) => r.text },
  { name: 'n', type: 'number', description: '', get: (r) => r.n },
]

describe('toCsv', () => {
  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const rows = ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tlead', 'plain'].map((text) => ({ text }))
    const lines = toCsv(columns, [...rows, { text: 'minus', n: -5 }]).split('\r\n')
    expect(lines.slice(1, 8)).toEqual([
      `"'=HYPERLINK(""x"")",`,
      "'+1,",
      "'-2,",
      "'@SUM(A1),",
      "'\tlead,",
      'plain,',
      'minus,-5',
    ])
  })

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(toCsv(columns, [{ text: 'a, "b"\nc' }])).toBe('text,n\r\n"a, ""b""\nc",\r\n')
  })
})
