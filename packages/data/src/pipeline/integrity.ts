import type { Actor } from '../schema/actor.ts'
import type { Claim } from '../schema/claim.ts'
import type { Source } from '../schema/source.ts'
import type { DatasetIssue } from './issue.ts'

type Records = { claims: Claim[]; sources: Source[]; actors: Actor[] }
type FileOf = (kind: keyof Records, id: string) => string

/** Cross-record rules that no single schema can see: unique ids and resolving references. */
export function checkIntegrity(records: Records, fileOf: FileOf): DatasetIssue[] {
  const issues: DatasetIssue[] = []
  const ids = {} as Record<keyof Records, Set<string>>

  for (const kind of Object.keys(records) as (keyof Records)[]) {
    ids[kind] = new Set()
    for (const { id } of records[kind]) {
      if (ids[kind].has(id)) issues.push({ file: fileOf(kind, id), record: id, field: 'id', message: 'is not unique' })
      ids[kind].add(id)
    }
  }

  const expect = (claim: Claim, kind: keyof Records, id: string, field: string) => {
    if (!ids[kind].has(id)) {
      issues.push({
        file: fileOf('claims', claim.id),
        record: claim.id,
        field,
        message: `refers to unknown ${kind.slice(0, -1)} "${id}"`,
      })
    }
  }

  for (const claim of records.claims) {
    expect(claim, 'actors', claim.claimant, 'claimant')
    claim.via.forEach((id, i) => expect(claim, 'actors', id, `via.${i}`))
    claim.evidence.forEach((e, i) => expect(claim, 'sources', e.source, `evidence.${i}.source`))
  }
  return issues
}
