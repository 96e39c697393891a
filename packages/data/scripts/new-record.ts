// `pnpm --filter @dprk/data new <type> <id>`: writes a skeleton record to data/<type>s/<id>.yaml and says what to fill in.
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { skeletons } from '../src/pipeline/skeletons.ts'
import { IdSchema } from '../src/schema/id.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = process.env.DPRK_DATA_DIR ?? join(root, 'data')
const [type, id] = process.argv.slice(2)
const types = Object.keys(skeletons) as (keyof typeof skeletons)[]

if (!type || !id || !types.includes(type as keyof typeof skeletons)) {
  console.error(`usage: pnpm --filter @dprk/data new <${types.join('|')}> <id>`)
  process.exit(2)
}
if (!IdSchema.safeParse(id).success) {
  console.error(
    `"${id}" is not an id: lowercase words and digits joined by hyphens, e.g. nis-killed-2025-09-02`,
  )
  process.exit(2)
}
const skeleton = skeletons[type as keyof typeof skeletons]
const path = join(dataDir, `${type}s`, `${id}.yaml`)
if (existsSync(path)) {
  console.error(`${relative(process.cwd(), path)} exists already; edit it instead`)
  process.exit(1)
}
await mkdir(dirname(path), { recursive: true })
await writeFile(path, skeleton.yaml(id))
console.log(`wrote ${relative(process.cwd(), path)}. Fill in:`)
for (const line of skeleton.fill) console.log(`  - ${line}`)
console.log('then run `pnpm --filter @dprk/data build`: it names every field still missing or wrong.')
