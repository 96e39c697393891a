// The packed tarball as a stranger gets it: installed into an empty project, used from ESM, CommonJS, strict
// TypeScript, a bundler, Python, and the current LTS Node. Needs the npm registry for zod, edtf and node.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { readmeExamples, withOutputs } from './readme-examples.ts'

const exec = promisify(execFile)
const packageDir = join(import.meta.dirname, '..')
const bin = (name: string) => join(packageDir, 'node_modules', '.bin', name)
const lts = '26'
let project = ''
let tarball = ''

async function run(command: string, args: string[], env: Record<string, string> = {}) {
  const { stdout } = await exec(command, args, { cwd: project, env: { ...process.env, ...env } })
  return stdout
}

const files = {
  'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  'esm.mjs': `import { getClaim, query, dataset } from '@dprk/data'
import { createQuery } from '@dprk/data/query'
import json from '@dprk/data/dataset.json' with { type: 'json' }
import { readFileSync } from 'node:fs'
const claim = getClaim('nis-special-forces-vladivostok-2024-10')
const own = createQuery(json)
const csv = readFileSync(new URL(import.meta.resolve('@dprk/data/csv/claims.csv')), 'utf8')
const pkg = JSON.parse(readFileSync(new URL(import.meta.resolve('@dprk/data/datapackage.json')), 'utf8'))
const schema = JSON.parse(readFileSync(new URL(import.meta.resolve('@dprk/data/schema/claim.schema.json')), 'utf8'))
console.log(JSON.stringify({
  value: claim.figure.value,
  estimates: query.estimates('killed').length,
  same: own.estimates('killed').length,
  version: dataset.version,
  header: csv.split('\\r\\n')[0].split(',').slice(0, 3),
  tables: pkg.resources.map((r) => r.name),
  schema: schema.$schema,
}))
`,
  'cjs.cjs': `const { getClaim, claims } = require('@dprk/data')
console.log(JSON.stringify({ bound: getClaim('nis-special-forces-vladivostok-2024-10').figure.bound, claims: claims.length }))
`,
  'schema.mjs': `import { ClaimSchema, DatasetSchema } from '@dprk/data/schema'
import { dataset } from '@dprk/data'
DatasetSchema.parse(dataset)
const broken = ClaimSchema.safeParse({ ...dataset.claims[0], madeOn: '2024-13' })
console.log(JSON.stringify({ ok: true, broken: broken.error.issues[0].path }))
`,
  'consumer.ts': `import { type Claim, type QuantityKind, getClaim, query } from '@dprk/data'
import dataset from '@dprk/data/dataset.json' with { type: 'json' }
import { createQuery, type ClaimFilter } from '@dprk/data/query'
const kind: QuantityKind = 'killed'
const claim: Claim | undefined = getClaim('x')
const bound: 'about' | 'exact' | string = claim?.figure?.bound ?? 'exact'
const filter: ClaimFilter = { status: 'reported', quantity: kind }
export const counts = [query.claims(filter).length, createQuery(dataset).estimates(kind).length, bound]
// @ts-expect-error: not a quantity kind
export const wrong: QuantityKind = 'guessed'
`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      skipLibCheck: false,
      noEmit: true,
      resolveJsonModule: true,
      types: [],
    },
    files: ['consumer.ts'],
  }),
  'bundle-query.js': `import { createQuery } from '@dprk/data/query'
globalThis.result = createQuery({ claims: [], events: [] }).claims({}).length
`,
  'read.py': `import csv, json, os
root = os.path.join('node_modules', '@dprk', 'data', 'generated')
package = json.load(open(os.path.join(root, 'datapackage.json')))
tables = {}
for resource in package['resources']:
    with open(os.path.join(root, resource['path']), newline='', encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    for field in resource['schema']['fields']:
        if field['type'] == 'list':
            for row in rows:
                row[field['name']] = row[field['name']].split(field['delimiter']) if row[field['name']] else []
    tables[resource['name']] = rows
actors = {row['id'] for row in tables['actors']}
assert all(row['claimant'] in actors for row in tables['claims'])
nis = [row for row in tables['claims'] if row['claimant'] == 'rok-nis' and row['quantity'] == 'killed']
print(json.dumps({'claims': len(tables['claims']), 'nis_killed': len(nis), 'via_is_list': isinstance(tables['claims'][0]['via'], list)}))
`,
}

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'dprk-consumer-'))
  const packs = join(project, 'packs')
  await mkdir(packs)
  await exec('pnpm', ['pack', '--pack-destination', packs], { cwd: packageDir })
  tarball = join(packs, (await readdir(packs))[0] ?? '')
  for (const [name, text] of Object.entries(files)) await writeFile(join(project, name), text)
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball])
}, 120_000)

// Installs and child processes are slow on a loaded 2-core machine; nothing here is a timing assertion.
describe('the packed @dprk/data in an empty project', { timeout: 180_000 }, () => {
  it('ships dist, the data files, README and LICENSE, and nothing of src or the YAML', async () => {
    const { stdout } = await exec('tar', ['-tzf', tarball])
    const entries = stdout.split('\n').filter(Boolean)
    for (const path of ['dist/index.js', 'dist/index.d.ts', 'generated/dataset.json', 'generated/types.d.ts'])
      expect(entries).toContain(`package/${path}`)
    expect(entries).toContain('package/LICENSE')
    expect(entries).toContain('package/README.md')
    expect(entries.filter((e) => e.startsWith('package/src/') || e.startsWith('package/data/'))).toEqual([])
    console.log(`tarball: ${((await stat(tarball)).size / 1024).toFixed(0)} KB, ${entries.length} files`)
  })

  it('imports from plain ESM with no zod installed', async () => {
    await expect(stat(join(project, 'node_modules', 'zod'))).rejects.toThrow(/ENOENT/)
    const out = JSON.parse(await run('node', ['esm.mjs']))
    expect(out).toMatchObject({
      value: 1500,
      header: ['id', 'kind', 'statement'],
      schema: expect.any(String),
    })
    expect(out.estimates).toBeGreaterThan(0)
    expect(out.same).toBe(out.estimates)
    expect(out.tables).toEqual(['claims', 'evidence', 'events', 'sources', 'actors', 'places', 'contingents'])
  })

  it('is required from CommonJS', async () => {
    const out = JSON.parse(await run('node', ['--no-warnings', 'cjs.cjs']))
    expect(out.bound).toBe('about')
    expect(out.claims).toBeGreaterThan(100)
  })

  it('type-checks a strict nodenext consumer without skipLibCheck', async () => {
    await expect(run(bin('tsc'), ['-p', 'tsconfig.json'])).resolves.toBe('')
  })

  it('bundles the query functions for a browser without the dataset or zod', async () => {
    const result = await build({
      entryPoints: [join(project, 'bundle-query.js')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      absWorkingDir: project,
    })
    const code = result.outputFiles[0]?.text ?? ''
    expect(code).not.toMatch(/ZodError|nis-special-forces/)
    console.log(`browser bundle of createQuery: ${(code.length / 1024).toFixed(1)} KB minified`)
  })

  it('reads the CSVs from Python through the data package, lists split, foreign keys holding', async () => {
    const out = JSON.parse(await run('python3', ['read.py']))
    expect(out.claims).toBeGreaterThan(100)
    expect(out.nis_killed).toBeGreaterThan(0)
    expect(out.via_is_list).toBe(true)
  })

  it('validates with @dprk/data/schema once zod and edtf are installed', async () => {
    const peers = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')).devDependencies
    await run('npm', [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `zod@${peers.zod === 'catalog:' ? '4' : peers.zod}`,
      `edtf@${peers.edtf}`,
    ])
    const out = JSON.parse(await run('node', ['schema.mjs']))
    expect(out).toEqual({ ok: true, broken: ['madeOn'] })
  })

  it('prints what its README says each example prints (UPDATE_README=1 rewrites the README instead)', async () => {
    const readme = await readFile(join(project, 'node_modules', '@dprk', 'data', 'README.md'), 'utf8')
    const examples = readmeExamples(readme)
    expect(examples.filter((e) => e.output !== undefined).length).toBeGreaterThanOrEqual(6)
    const printed = new Map<string, string>()
    const typescript: string[] = []
    for (const example of examples) {
      await writeFile(join(project, example.name), example.code)
      if (example.language === 'ts') typescript.push(example.name)
      else
        printed.set(
          example.name,
          await run(example.language === 'python' ? 'python3' : 'node', [example.name]),
        )
    }
    const tsconfig = JSON.parse(files['tsconfig.json'])
    await writeFile(join(project, 'readme.tsconfig.json'), JSON.stringify({ ...tsconfig, files: typescript }))
    await expect(run(bin('tsc'), ['-p', 'readme.tsconfig.json'])).resolves.toBe('')
    if (process.env.UPDATE_README) {
      const source = join(packageDir, 'README.md')
      await writeFile(source, withOutputs(await readFile(source, 'utf8'), printed))
      return
    }
    for (const example of examples) {
      if (example.output !== undefined) expect(printed.get(example.name), example.name).toBe(example.output)
    }
  })

  it(`runs the same consumers on Node ${lts}, the current LTS`, async () => {
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `node@${lts}`])
    const node = join(project, 'node_modules', '.bin', 'node')
    expect(await run(node, ['--version'])).toMatch(new RegExp(`^v${lts}\\.`))
    expect(JSON.parse(await run(node, ['esm.mjs'])).value).toBe(1500)
    expect(JSON.parse(await run(node, ['cjs.cjs'])).bound).toBe('about')
  })
})
