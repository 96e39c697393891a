import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { ActorSchema } from '../schema/actor.ts'
import { ClaimInputSchema } from '../schema/claim.ts'
import { ContingentInputSchema } from '../schema/contingent.ts'
import { type Dataset, type DatasetMeta, DatasetMetaSchema } from '../schema/dataset.ts'
import { EventInputSchema } from '../schema/event.ts'
import { PlaceSchema } from '../schema/place.ts'
import { SourceInputSchema } from '../schema/source.ts'
import { deriveDataset } from './derive.ts'
import { checkIntegrity, type Records } from './integrity.ts'
import type { DatasetIssue } from './issue.ts'

/** Record folders under data/, each with the schema its files must satisfy. */
const collections = {
  claims: ClaimInputSchema,
  events: EventInputSchema,
  sources: SourceInputSchema,
  actors: ActorSchema,
  places: PlaceSchema,
  contingents: ContingentInputSchema,
} as const satisfies Record<keyof Records, z.ZodType>

export interface CollectResult {
  dataset?: Dataset
  issues: DatasetIssue[]
}

export interface CollectOptions {
  /** The package's version: the dataset's must equal it, so a release names one number. */
  packageVersion?: string
}

/** Reads every YAML record under `dataDir`, validates each, checks them against each other, derives the output. */
export async function collectDataset(dataDir: string, options: CollectOptions = {}): Promise<CollectResult> {
  const issues: DatasetIssue[] = []
  const fileOf = new Map<string, string>()
  // Ids of records that failed validation still count as known, so references to them do not cascade.
  const invalidIds = Object.fromEntries(
    Object.keys(collections).map((k) => [k, new Set<string>()]),
  ) as Record<keyof Records, Set<string>>
  const records = {
    claims: [],
    events: [],
    sources: [],
    actors: [],
    places: [],
    contingents: [],
  } as unknown as Records
  const display = (path: string) => relative(join(dataDir, '..'), path)

  const metaFile = join(dataDir, 'dataset.yaml')
  const meta = (await readRecord(metaFile, display(metaFile), DatasetMetaSchema, issues, 'dataset')) as
    | DatasetMeta
    | undefined
  if (meta) issues.push(...checkRelease(meta, display(metaFile), options.packageVersion))

  for (const name of Object.keys(collections) as (keyof Records)[]) {
    const dir = join(dataDir, name)
    for (const entry of await listYaml(dir)) {
      const path = join(dir, entry)
      const file = display(path)
      const record = await readRecord(path, file, collections[name], issues, undefined, (id) =>
        invalidIds[name].add(id),
      )
      if (!record) continue
      const expected = entry.replace(/\.ya?ml$/, '')
      if (record.id !== expected) {
        issues.push({
          file,
          record: record.id,
          field: 'id',
          message: `must equal the file name "${expected}"`,
        })
      }
      if (fileOf.has(`${name}/${record.id}`)) {
        issues.push({
          file,
          record: record.id,
          field: 'id',
          message: `is not unique: ${fileOf.get(`${name}/${record.id}`)} has it too`,
        })
        continue
      }
      fileOf.set(`${name}/${record.id}`, file)
      ;(records[name] as { id: string }[]).push(record)
    }
  }

  issues.push(
    ...checkIntegrity(records, (kind, id) => fileOf.get(`${kind}/${id}`) ?? `data/${kind}`, invalidIds),
  )
  if (issues.length > 0 || !meta) return { issues }
  return { issues, dataset: deriveDataset(meta, records) }
}

function checkRelease(meta: DatasetMeta, file: string, packageVersion?: string): DatasetIssue[] {
  const issues: DatasetIssue[] = []
  const newest = meta.changelog[0]?.version
  if (newest !== meta.version) {
    issues.push({
      file,
      record: 'dataset',
      field: 'changelog.0.version',
      message: `is ${newest}; the newest entry must be ${meta.version}`,
    })
  }
  if (packageVersion && packageVersion !== meta.version) {
    issues.push({
      file,
      record: 'dataset',
      field: 'version',
      message: `is ${meta.version} but package.json says ${packageVersion}: release both as one number`,
    })
  }
  return issues
}

async function listYaml(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort()
  } catch (error) {
    // A record type with no folder yet simply has no records.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

async function readRecord(
  path: string,
  file: string,
  schema: z.ZodType,
  issues: DatasetIssue[],
  fallbackId?: string,
  onInvalid?: (id: string) => void,
): Promise<{ id: string } | undefined> {
  let raw: unknown
  try {
    raw = parseYaml(await readFile(path, 'utf8'))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : 'is not valid YAML'
    issues.push({ file, message: `${reason}: ${(error as Error).message.split('\n')[0]}` })
    return undefined
  }
  const record =
    typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : fallbackId
  const result = schema.safeParse(raw)
  if (!result.success) {
    if (record) onInvalid?.(record)
    for (const issue of result.error.issues) {
      issues.push({ file, record, field: issue.path.join('.') || undefined, message: issue.message })
    }
    return undefined
  }
  return result.data as { id: string }
}
