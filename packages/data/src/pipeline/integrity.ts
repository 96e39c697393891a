import type { z } from 'zod'
import type { Actor } from '../schema/actor.ts'
import type { ClaimInputSchema } from '../schema/claim.ts'
import type { EventInputSchema } from '../schema/event.ts'
import type { Place } from '../schema/place.ts'
import { quantityKinds } from '../schema/quantity.ts'
import type { SourceInput } from '../schema/source.ts'
import { edtfSpan } from './edtf-span.ts'
import { checkFigure } from './figure-limits.ts'
import type { DatasetIssue } from './issue.ts'

type ClaimIn = z.output<typeof ClaimInputSchema>
type EventIn = z.output<typeof EventInputSchema>

/** Every record as parsed from its file, before anything is derived. */
export interface Records {
  claims: ClaimIn[]
  events: EventIn[]
  sources: SourceInput[]
  actors: Actor[]
  places: Place[]
}

type FileOf = (kind: keyof Records, id: string) => string

// Case and runs of white space aside, so a quote folded over lines in YAML still matches.
const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ')

/** Longest evidence quote: a sentence, never a passage. */
export const maxQuoteWords = 45

/** Cross-record rules no single schema can see; returns every problem found, never just the first. */
export function checkIntegrity(
  records: Records,
  fileOf: FileOf,
  invalidIds?: Record<keyof Records, Set<string>>,
): DatasetIssue[] {
  const issues: DatasetIssue[] = []
  const ids = Object.fromEntries(
    Object.entries(records).map(([kind, list]) => [kind, new Set(list.map((r: { id: string }) => r.id))]),
  ) as Record<keyof Records, Set<string>>

  const report = (kind: keyof Records, id: string, field: string, message: string) => {
    issues.push({ file: fileOf(kind, id), record: id, field, message })
  }
  const resolve = (kind: keyof Records, id: string, field: string, target: keyof Records, ref: string) => {
    if (!ids[target].has(ref) && !invalidIds?.[target].has(ref))
      report(kind, id, field, `refers to unknown ${target.slice(0, -1)} "${ref}"`)
  }

  const resolveEach = (
    kind: keyof Records,
    id: string,
    field: string,
    target: keyof Records,
    refs: string[],
  ) => {
    for (const [i, ref] of refs.entries()) resolve(kind, id, `${field}.${i}`, target, ref)
  }

  for (const actor of records.actors) {
    if (actor.affiliation) resolve('actors', actor.id, 'affiliation', 'actors', actor.affiliation)
  }

  for (const claim of records.claims) {
    const at = (field: string, message: string) => report('claims', claim.id, field, message)
    resolve('claims', claim.id, 'claimant', 'actors', claim.claimant)
    resolveEach('claims', claim.id, 'via', 'actors', claim.via)
    resolveEach('claims', claim.id, 'places', 'places', claim.places)
    resolveEach('claims', claim.id, 'actors', 'actors', claim.actors)
    if (!claim.evidence.some((e) => e.quote)) at('evidence', 'needs at least one verbatim quote')
    claim.evidence.forEach((e, i) => {
      resolve('claims', claim.id, `evidence.${i}.source`, 'sources', e.source)
      const words = e.quote?.split(/\s+/).length ?? 0
      if (words > maxQuoteWords)
        at(`evidence.${i}.quote`, `has ${words} words; quote one sentence (≤ ${maxQuoteWords})`)
    })
    claim.related.forEach((r, i) => {
      resolve('claims', claim.id, `related.${i}.claim`, 'claims', r.claim)
      if (r.claim === claim.id) at(`related.${i}.claim`, 'a claim cannot relate to itself')
    })

    if (claim.figure) {
      for (const p of checkFigure(claim.figure)) at(`figure.${p.field}`, p.message)
      const wording = fold(claim.figure.wording)
      if (!claim.evidence.some((e) => e.quote && fold(e.quote).includes(wording)))
        at(
          'figure.wording',
          `"${claim.figure.wording}" is in none of the quotes: keep the source's own words`,
        )
      const expected = quantityKinds[claim.figure.quantity].unit
      if (claim.figure.unit !== expected) {
        at('figure.unit', `"${claim.figure.quantity}" is counted in ${expected}, not ${claim.figure.unit}`)
      }
    }

    const madeOn = edtfSpan(claim.madeOn).earliest ?? ''
    let previous = ''
    claim.history.forEach((change, i) => {
      if (change.byClaim) resolve('claims', claim.id, `history.${i}.byClaim`, 'claims', change.byClaim)
      if (change.bySource) resolve('claims', claim.id, `history.${i}.bySource`, 'sources', change.bySource)
      const on = edtfSpan(change.on).earliest ?? ''
      if (on < madeOn) at(`history.${i}.on`, `${change.on} is before the claim was made (${claim.madeOn})`)
      else if (on < previous) at(`history.${i}.on`, `${change.on} is earlier than the entry before it`)
      previous = on
    })
    const last = claim.history.at(-1)
    if (last && last.status !== claim.status) {
      at('status', `is "${claim.status}" but the history ends at "${last.status}"`)
    }
  }

  for (const event of records.events) {
    resolveEach('events', event.id, 'places', 'places', event.places)
    resolveEach('events', event.id, 'actors', 'actors', event.actors)
    resolveEach('events', event.id, 'claims', 'claims', event.claims)
  }
  return issues
}
