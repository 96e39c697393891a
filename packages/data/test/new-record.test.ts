import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { collectDataset } from '../src/pipeline/collect.ts'
import { formatIssue } from '../src/pipeline/issue.ts'
import { validFiles, writeDataDir } from './fixture.ts'

const run = promisify(execFile)
const script = join(import.meta.dirname, '..', 'scripts', 'new-record.ts')
const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx')

async function scaffold(dataDir: string, ...args: string[]) {
  return run(tsx, [script, ...args], { env: { ...process.env, DPRK_DATA_DIR: dataDir } }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  )
}

describe('scripts/new-record.ts', () => {
  it('writes a claim skeleton that the build rejects only for what is left to fill in', async () => {
    const dataDir = await writeDataDir(validFiles())
    const { code, stdout } = await scaffold(dataDir, 'claim', 'nis-killed-2026-01-01')
    expect(code).toBe(0)
    expect(stdout).toContain('wrote ')
    expect(stdout).toContain('Fill in:')
    const path = join(dataDir, 'claims', 'nis-killed-2026-01-01.yaml')
    const text = await readFile(path, 'utf8')
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../generated/schema/authoring/claim.schema.json',
    )
    const fields = (await collectDataset(dataDir)).issues.map((i) => i.field)
    expect(new Set(fields)).toEqual(
      new Set([
        'statement',
        'claimant',
        'madeOn',
        'evidence.0.source',
        'evidence.0.quote',
        'history.0.on',
        'credibility.reason',
        'translations.ko.statement',
        'translations.uk.statement',
      ]),
    )
  })

  it('builds once the blanks are filled', async () => {
    const dataDir = await writeDataDir(validFiles())
    await scaffold(dataDir, 'claim', 'claim-b')
    const path = join(dataDir, 'claims', 'claim-b.yaml')
    const filled = (await readFile(path, 'utf8'))
      .replace("statement: ''", 'statement: They arrived.')
      .replace("claimant: ''", 'claimant: nis')
      .replace("madeOn: ''", 'madeOn: 2024-10-20')
      .replace("source: ''", 'source: src-a')
      .replace("quote: ''", "quote: 'they arrived in the east by sea'")
      .replace("{ on: ''", '{ on: 2024-10-20')
      .replace("reason: ''", 'reason: One source.')
      .replace("ko: { statement: '' }", 'ko: { statement: 그들이 도착했다. }')
      .replace("uk: { statement: '' }", 'uk: { statement: Вони прибули. }')
    await import('node:fs/promises').then((fs) => fs.writeFile(path, filled))
    const { issues, dataset } = await collectDataset(dataDir)
    expect(issues.map(formatIssue)).toEqual([])
    expect(dataset?.claims.map((c) => c.id)).toContain('claim-b')
  })

  it.each(['source', 'actor', 'place', 'event', 'contingent'])(
    'writes a %s skeleton the build reads',
    async (type) => {
      const dataDir = await writeDataDir(validFiles())
      const { code } = await scaffold(dataDir, type, 'new-one')
      expect(code).toBe(0)
      const issues = (await collectDataset(dataDir)).issues
      expect(issues.length).toBeGreaterThan(0)
      for (const issue of issues) expect(issue.file).toBe(`data/${type}s/new-one.yaml`)
    },
  )

  it('refuses a bad id, an unknown type and an existing file', async () => {
    const dataDir = await writeDataDir(validFiles())
    expect((await scaffold(dataDir, 'claim', 'Not An Id')).stderr).toContain('is not an id')
    expect((await scaffold(dataDir, 'rumour', 'x')).stderr).toContain('usage:')
    expect((await scaffold(dataDir, 'claim', 'claim-a')).stderr).toContain('exists already')
  }, 30_000) // three scaffold runs, each a tsx process: slow on a loaded 2-core machine
})
