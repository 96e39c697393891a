import { describe, expect, it } from 'vitest'
import { EdtfSchema, isEdtf } from './edtf.ts'

describe('EdtfSchema', () => {
  it.each(['2024-08', '2024-12-0X', '2025-01-1X', '2024-10/..', '2025-04-01~', '2024-10-08/2024-10-13'])(
    'accepts %s',
    (value) => {
      expect(isEdtf(value)).toBe(true)
      expect(EdtfSchema.parse(value)).toBe(value)
    },
  )

  it.each(['2024-13', 'early December', '', '18/10/2024'])(
    'rejects %j with the value in the message',
    (value) => {
      const result = EdtfSchema.safeParse(value)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe(`not a valid EDTF date: ${JSON.stringify(value)}`)
    },
  )
})
