import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { validFiles, writeDataDir } from './fixture.ts'

const run = promisify(execFile)
const script = join(import.meta.dirname, '..', 'scripts', 'build-dataset.ts')
const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx')

async function build(files: Record<string, string>) {
  const dataDir = await writeDataDir(files)
  const out = join(dataDir, '..', 'generated')
  const env = { ...process.env, DPRK_DATA_DIR: dataDir, DPRK_OUT_DIR: out }
  const result = await run(tsx, [script], { env }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  )
  return { ...result, out }
}

describe('scripts/build-dataset.ts', () => {
  it('writes JSON, JSON Schema, CSV and a data package for a valid dataset', async () => {
    const { code, out } = await build(validFiles())
    expect(code).toBe(0)
    expect((await readdir(out)).sort()).toEqual([
      'csv',
      'datapackage.json',
      'dataset.json',
      'dataset.json.d.ts',
      'schema',
      'types.d.ts',
    ])
    expect((await readdir(join(out, 'csv'))).sort()).toEqual([
      'actors.csv',
      'claims.csv',
      'contingents.csv',
      'events.csv',
      'evidence.csv',
      'places.csv',
      'sources.csv',
    ])
    expect((await readdir(join(out, 'schema', 'authoring'))).sort()).toEqual([
      'actor.schema.json',
      'claim.schema.json',
      'contingent.schema.json',
      'dataset.schema.json',
      'event.schema.json',
      'place.schema.json',
      'source.schema.json',
    ])
    const pkg = JSON.parse(await readFile(join(out, 'datapackage.json'), 'utf8'))
    expect(pkg.resources.map((r: { path: string }) => r.path)).toContain('csv/claims.csv')
    const header = (await readFile(join(out, 'csv', 'claims.csv'), 'utf8')).split('\r\n')[0]
    const fields = pkg.resources.find((r: { name: string }) => r.name === 'claims').schema.fields
    expect(header).toBe(fields.map((f: { name: string }) => f.name).join(','))
  })

  it('fails naming the file, record and field, and writes nothing', async () => {
    const files = validFiles()
    files['actors/nis.yaml'] = (files['actors/nis.yaml'] as string).replace('country: KR', 'country: Korea')
    const { code, stderr, out } = await build(files)
    expect(code).toBe(1)
    expect(stderr).toContain('data/actors/nis.yaml: record "nis", field "country": must be an ISO 3166-1')
    await expect(readdir(out)).rejects.toThrow(/ENOENT/)
  })
})
