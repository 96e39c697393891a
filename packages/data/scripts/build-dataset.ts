// Reads data/**.yaml, validates it, and writes generated/dataset.json, or nothing when any record is wrong.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectDataset } from '../src/pipeline/collect.ts'
import { formatIssue } from '../src/pipeline/issue.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = process.env.DPRK_DATA_DIR ?? join(root, 'data')
const outDir = process.env.DPRK_OUT_DIR ?? join(root, 'generated')

const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string }
const { dataset, issues } = await collectDataset(dataDir, { version })

if (!dataset) {
  console.error(
    `The dataset has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was written:`,
  )
  for (const issue of issues) console.error(`  ${formatIssue(issue)}`)
  process.exit(1)
}

await mkdir(outDir, { recursive: true })
const target = join(outDir, 'dataset.json')
// Write then rename so a reader never sees a half-written file.
await writeFile(`${target}.tmp`, `${JSON.stringify(dataset, null, 2)}\n`)
await rename(`${target}.tmp`, target)
console.log(
  `dataset ${version}: ${dataset.claims.length} claims, ${dataset.sources.length} sources, ${dataset.actors.length} actors → generated/dataset.json`,
)
