import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const script = join(import.meta.dirname, '..', 'scripts', 'build-dataset.ts')
const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx')

describe('scripts/build-dataset.ts', () => {
  it('fails naming the file, record and field, and writes nothing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dprk-build-'))
    await mkdir(join(root, 'data', 'actors'), { recursive: true })
    await writeFile(
      join(root, 'data', 'actors', 'nis.yaml'),
      'id: nis\nname: NIS\nkind: agency\ncountry: Korea\n',
    )
    const out = join(root, 'out')
    const failure = await run(tsx, [script], {
      env: { ...process.env, DPRK_DATA_DIR: join(root, 'data'), DPRK_OUT_DIR: out },
    })
      .then(() => undefined)
      .catch((error: { code: number; stderr: string }) => error)
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain('data/actors/nis.yaml: record "nis", field "country": ')
    await expect(readdir(out)).rejects.toThrow(/ENOENT/)
  })
})
