import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectDataset } from '../src/pipeline/collect.ts'
import { formatIssue } from '../src/pipeline/issue.ts'

const source = `id: src-a
title: A report
published: 2025-01-22
`
const actor = `id: nis
name: NIS
kind: agency
country: KR
`
const claim = (overrides = '') => `id: claim-a
statement: About 1,500 arrived.
claimant: nis
madeOn: 2024-10-18
figure: { quantity: troops-sent, bound: about, value: 1500, wording: 'about 1,500' }
evidence:
  - { source: src-a, quote: 'about 1,500 arrived' }
status: reported
${overrides}`

/** Writes a data/ tree of YAML files into a fresh temp folder and collects it. */
async function collect(files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'dprk-data-'))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, 'data', path, '..'), { recursive: true })
    await writeFile(join(root, 'data', path), text)
  }
  const result = await collectDataset(join(root, 'data'), { version: '0.0.0-test' })
  return { ...result, messages: result.issues.map(formatIssue) }
}

const valid = { 'sources/src-a.yaml': source, 'actors/nis.yaml': actor }

describe('collectDataset', () => {
  it('builds a dataset from valid records', async () => {
    const { dataset, issues } = await collect({ ...valid, 'claims/claim-a.yaml': claim() })
    expect(issues).toEqual([])
    expect(dataset?.claims.map((c) => c.id)).toEqual(['claim-a'])
    expect(dataset?.claims[0]?.via).toEqual([])
  })

  it('names file, record and field for an invalid EDTF date', async () => {
    const { dataset, messages } = await collect({
      ...valid,
      'claims/claim-a.yaml': claim().replace('madeOn: 2024-10-18', 'madeOn: 2024-13'),
    })
    expect(dataset).toBeUndefined()
    expect(messages).toEqual([
      'data/claims/claim-a.yaml: record "claim-a", field "madeOn": not a valid EDTF date: "2024-13"',
    ])
  })

  it('names the unknown reference', async () => {
    const { messages } = await collect({
      ...valid,
      'claims/claim-a.yaml': claim()
        .replace('claimant: nis', 'claimant: cia')
        .replace('source: src-a', 'source: x'),
    })
    expect(messages).toEqual([
      'data/claims/claim-a.yaml: record "claim-a", field "claimant": refers to unknown actor "cia"',
      'data/claims/claim-a.yaml: record "claim-a", field "evidence.0.source": refers to unknown source "x"',
    ])
  })

  it('requires the file name to equal the id', async () => {
    const { messages } = await collect({ ...valid, 'claims/other-name.yaml': claim() })
    expect(messages).toEqual([
      'data/claims/other-name.yaml: record "claim-a", field "id": must equal the file name "other-name"',
    ])
  })

  it('rejects a claim without evidence and an unknown bound word', async () => {
    const broken = claim()
      .replace('bound: about', 'bound: roughly')
      .replace(/evidence:\n.*\n/, 'evidence: []\n')
    const { messages } = await collect({ ...valid, 'claims/claim-a.yaml': broken })
    expect(messages).toHaveLength(2)
    expect(messages[0]).toMatch(/^data\/claims\/claim-a.yaml: record "claim-a", field "figure.bound": /)
    expect(messages[1]).toMatch(/^data\/claims\/claim-a.yaml: record "claim-a", field "evidence": /)
  })

  it('rejects unknown fields instead of dropping them', async () => {
    const { messages } = await collect({ ...valid, 'claims/claim-a.yaml': claim('certainty: high\n') })
    expect(messages).toEqual([
      expect.stringMatching(/^data\/claims\/claim-a.yaml: record "claim-a": .*certainty/),
    ])
  })

  it('reports YAML syntax errors with the file', async () => {
    const { messages } = await collect({ ...valid, 'claims/claim-a.yaml': 'id: [unclosed\n' })
    expect(messages).toEqual([expect.stringMatching(/^data\/claims\/claim-a.yaml: is not valid YAML: /)])
  })

  it('reports every problem of every file at once', async () => {
    const { messages } = await collect({
      ...valid,
      'claims/claim-a.yaml': claim().replace('madeOn: 2024-10-18', 'madeOn: soon'),
      'claims/claim-b.yaml': claim()
        .replace('id: claim-a', 'id: claim-b')
        .replace('claimant: nis', 'claimant: x'),
      'actors/bad.yaml': 'id: bad\nname: Bad\nkind: planet\n',
    })
    expect(messages).toHaveLength(3)
    expect(messages.map((m) => m.split(':')[0])).toEqual([
      'data/claims/claim-a.yaml',
      'data/actors/bad.yaml',
      'data/claims/claim-b.yaml',
    ])
  })
})
