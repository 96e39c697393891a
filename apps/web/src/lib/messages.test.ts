import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { m } from './paraglide/messages'
import { locales } from './paraglide/runtime'

const root = join(import.meta.dirname, '../../messages')
const areas = readdirSync(root)
type Messages = Record<string, unknown>
const read = (area: string, locale: string): Messages => {
  const { $schema: _, ...messages } = JSON.parse(readFileSync(join(root, area, `${locale}.json`), 'utf8'))
  return messages
}
// The parameters a message takes, in every variant of it.
const parameters = (message: unknown): string[] =>
  [...new Set(JSON.stringify(message).match(/\{[a-zA-Z]+\}/g) ?? [])].sort()

describe('the messages', () => {
  it.each(areas)(
    'of %s have the same keys in every language, none left empty or without its values',
    (area) => {
      const english = read(area, 'en')
      for (const locale of locales) {
        const messages = read(area, locale)
        expect(Object.keys(messages).sort(), `${area}/${locale}.json`).toEqual(Object.keys(english).sort())
        for (const [key, text] of Object.entries(english)) {
          // A language may take other forms of the same value (Ukrainian "з жовтня" takes a `since` form), and the
          // types check what callers pass; but a translation that drops every value drops the number or the name.
          if (parameters(text).length > 0)
            expect(parameters(messages[key]).length, `${area}/${locale}.json: ${key}`).toBeGreaterThan(0)
          if (text !== '') expect(messages[key], `${area}/${locale}.json: ${key}`).not.toBe('')
        }
      }
    },
  )

  it('are compiled from the message files, so a page in Korean reads Korean', () => {
    // Guards the inlang plugin's local path: without it the compiler succeeds with no messages at all.
    expect(m.nav_claims({}, { locale: 'ko' })).toBe('주장')
    expect(m.nav_claims({}, { locale: 'uk' })).toBe('Твердження')
    expect(m.nav_claims({}, { locale: 'en' })).toBe('Claims')
  })

  it('keys are unique across the areas', () => {
    const seen = new Map<string, string>()
    for (const area of areas)
      for (const key of Object.keys(read(area, 'en'))) {
        expect(seen.get(key), `${key} in ${area}`).toBeUndefined()
        seen.set(key, area)
      }
  })
})
