import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { actors, claims, dataset, getActor, getClaim, getSource, sources } from '../src/index.ts'
import { DatasetSchema } from '../src/schema/index.ts'

// The research folder sits beside the repository (../shared); CI lays it there too.
const articlePath = join(import.meta.dirname, '../../../../shared/research/founding-article.txt')
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('the built dataset', () => {
  it('satisfies the dataset schema', () => {
    expect(() => DatasetSchema.parse(dataset)).not.toThrow()
  })

  it('lists each record type in id order', () => {
    for (const records of [claims, sources, actors]) {
      const ids = records.map((r) => r.id)
      expect(ids).toEqual([...ids].sort())
    }
  })

  it('resolves every claimant, relay and evidence source', () => {
    for (const claim of claims) {
      expect(getActor(claim.claimant), claim.id).toBeDefined()
      for (const id of claim.via) expect(getActor(id), claim.id).toBeDefined()
      for (const e of claim.evidence) expect(getSource(e.source), claim.id).toBeDefined()
    }
  })

  it('holds the founding article figures with their bounds as worded', () => {
    expect(getClaim('nis-special-forces-vladivostok-2024-10')?.figure).toMatchObject({
      bound: 'about',
      value: 1500,
    })
    expect(getClaim('western-officials-killed-mid-january-2025')?.figure).toMatchObject({
      quantity: 'killed',
      bound: 'up-to',
      value: 1000,
    })
  })

  it.skipIf(!existsSync(articlePath))('quotes the founding article verbatim', () => {
    const article = normalise(readFileSync(articlePath, 'utf8'))
    const quotes = claims.flatMap((c) => c.evidence.filter((e) => e.source === 'founding-article'))
    expect(quotes.length).toBeGreaterThan(0)
    for (const { quote } of quotes) expect(article).toContain(normalise(quote))
  })
})
