import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { type Actor, ActorSchema } from '../schema/actor.ts'
import { type Claim, ClaimSchema } from '../schema/claim.ts'
import type { Dataset } from '../schema/dataset.ts'
import { type Source, SourceSchema } from '../schema/source.ts'
import { checkIntegrity } from './integrity.ts'
import type { DatasetIssue } from './issue.ts'

/** Record folders under data/, each with the schema its files must satisfy. */
const collections = {
  claims: ClaimSchema,
  sources: SourceSchema,
  actors: ActorSchema,
} as const

type Collections = { claims: Claim[]; sources: Source[]; actors: Actor[] }

export interface CollectResult {
  dataset?: Dataset
  issues: DatasetIssue[]
}

/** Reads every YAML record under `dataDir`, validates each, then checks the records against each other. */
export async function collectDataset(dataDir: string, meta: { version: string }): Promise<CollectResult> {
  const issues: DatasetIssue[] = []
  const records: Collections = { claims: [], sources: [], actors: [] }
  const files = new Map<string, string>()

  for (const [name, schema] of Object.entries(collections) as [keyof Collections, z.ZodType][]) {
    const dir = join(dataDir, name)
    for (const entry of await listYaml(dir)) {
      const path = join(dir, entry)
      const file = relative(join(dataDir, '..'), path)
      const record = await readRecord(path, file, schema, issues)
      if (!record) continue
      const expected = entry.replace(/\.ya?ml$/, '')
      if (record.id !== expected) {
        issues.push({ file, record: record.id, field: 'id', message: `must equal the file name "${expected}"` })
      }
      files.set(`${name}/${record.id}`, file)
      ;(records[name] as { id: string }[]).push(record)
    }
  }

  issues.push(...checkIntegrity(records, (kind, id) => files.get(`${kind}/${id}`) ?? kind))
  if (issues.length > 0) return { issues }

  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  return {
    issues,
    dataset: {
      version: meta.version,
      license: 'CC-BY-4.0',
      claims: records.claims.sort(byId),
      sources: records.sources.sort(byId),
      actors: records.actors.sort(byId),
    },
  }
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
): Promise<{ id: string } | undefined> {
  let raw: unknown
  try {
    raw = parseYaml(await readFile(path, 'utf8'))
  } catch (error) {
    issues.push({ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` })
    return undefined
  }
  const record = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : undefined
  const result = schema.safeParse(raw)
  if (!result.success) {
    for (const issue of result.error.issues) {
      issues.push({ file, record, field: issue.path.join('.') || undefined, message: issue.message })
    }
    return undefined
  }
  return result.data as { id: string }
}
