import type { z } from 'zod'
import { translatedLanguages } from '../languages.ts'
import { casualtyKinds } from '../quantity-kinds.ts'
import type { Actor } from '../schema/actor.ts'
import type { ClaimInputSchema } from '../schema/claim.ts'
import type { ContingentInputSchema } from '../schema/contingent.ts'
import type { EventInputSchema } from '../schema/event.ts'
import type { Place } from '../schema/place.ts'
import { quantityKinds } from '../schema/quantity.ts'
import type { SourceInput } from '../schema/source.ts'
import { edtfSpan } from './edtf-span.ts'
import { checkFigure } from './figure-limits.ts'
import type { DatasetIssue } from './issue.ts'

type ClaimIn = z.output<typeof ClaimInputSchema>
type EventIn = z.output<typeof EventInputSchema>
type ContingentIn = z.output<typeof ContingentInputSchema>

/** Every record as parsed from its file, before anything is derived. */
export interface Records {
  claims: ClaimIn[]
  events: EventIn[]
  sources: SourceInput[]
  actors: Actor[]
  places: Place[]
  contingents: ContingentIn[]
}

type FileOf = (kind: keyof Records, id: string) => string

// Case and runs of white space aside, so a quote folded over lines in YAML still matches.
const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ')

/** Longest evidence quote: a sentence, never a passage. */
export const maxQuoteWords = 45
/** Shortest quote that carries a claim, unless the source's whole sentence is shorter. */
export const minQuoteWords = 6

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

  const actorById = new Map(records.actors.map((a) => [a.id, a]))
  const gradeOf = new Map(records.sources.map((s) => [s.id, s.reliability.grade]))
  const sourceById = new Map(records.sources.map((s) => [s.id, s]))
  const unread = new Set<string>()
  const claimById = new Map(records.claims.map((c) => [c.id, c]))

  for (const actor of records.actors) {
    if (actor.affiliation) resolve('actors', actor.id, 'affiliation', 'actors', actor.affiliation)
  }
  for (const source of records.sources) {
    if (!source.syndicates) continue
    resolve('sources', source.id, 'syndicates', 'actors', source.syndicates)
    const agency = actorById.get(source.syndicates)
    if (agency && agency.kind !== 'media')
      report(
        'sources',
        source.id,
        'syndicates',
        `"${agency.id}" is a ${agency.kind}; wire copy syndicates a media agency`,
      )
  }
  for (const contingent of records.contingents) {
    if (contingent.partOf) resolve('contingents', contingent.id, 'partOf', 'contingents', contingent.partOf)
    resolveEach('contingents', contingent.id, 'places', 'places', contingent.places)
  }

  for (const claim of records.claims) {
    const at = (field: string, message: string) => report('claims', claim.id, field, message)
    resolve('claims', claim.id, 'claimant', 'actors', claim.claimant)
    const claimant = actorById.get(claim.claimant)
    if (claimant?.kind === 'person' && claimant.affiliation) {
      at(
        'claimant',
        `"${claimant.id}" speaks for "${claimant.affiliation}": make that the claimant and "${claimant.id}" the speaker`,
      )
    }
    if (claim.speaker) {
      resolve('claims', claim.id, 'speaker', 'actors', claim.speaker)
      const speaker = actorById.get(claim.speaker)
      if (speaker && speaker.kind !== 'person')
        at('speaker', `"${speaker.id}" is a ${speaker.kind}, not a person`)
    }
    // Judged only when every source is known: an unknown one is reported on its own.
    const grades = claim.evidence.map((e) => gradeOf.get(e.source))
    if (claim.status === 'corroborated' && grades.every((g) => g && !'ABCD'.includes(g))) {
      at('status', 'a claim resting only on sources graded E or F cannot be corroborated')
    }
    resolveEach('claims', claim.id, 'via', 'actors', claim.via)
    resolveEach('claims', claim.id, 'places', 'places', claim.places)
    resolveEach('claims', claim.id, 'actors', 'actors', claim.actors)
    if (!claim.evidence.some((e) => e.quote)) at('evidence', 'needs at least one verbatim quote')
    claim.evidence.forEach((e, i) => {
      resolve('claims', claim.id, `evidence.${i}.source`, 'sources', e.source)
      const words = e.quote?.split(/\s+/).length ?? 0
      if (words > maxQuoteWords)
        at(`evidence.${i}.quote`, `has ${words} words; quote one sentence (≤ ${maxQuoteWords})`)
      if (e.quote && words < minQuoteWords && !e.wholeSentence)
        at(
          `evidence.${i}.quote`,
          `has ${words} words; quote the whole clause (≥ ${minQuoteWords}), or mark wholeSentence if that is all the source says`,
        )
      const source = sourceById.get(e.source)
      if (e.quote && source && !source.language.startsWith('en') && !e.translation)
        at(`evidence.${i}.translation`, `the quote is in "${source.language}": add our English translation`)
      if (e.quote && source && !source.retrieved) unread.add(source.id)
    })
    claim.related.forEach((r, i) => {
      resolve('claims', claim.id, `related.${i}.claim`, 'claims', r.claim)
      if (r.claim === claim.id) at(`related.${i}.claim`, 'a claim cannot relate to itself')
    })

    if (claim.figure) {
      for (const p of checkFigure(claim.figure)) at(`figure.${p.field}`, p.message)
      const wording = fold(claim.figure.wording)
      // Our own arithmetic has no source wording; every stated figure's words stand in a quote.
      if (
        claim.figure.derivation === 'stated' &&
        !claim.evidence.some((e) => e.quote && fold(e.quote).includes(wording))
      )
        at(
          'figure.wording',
          `"${claim.figure.wording}" is in none of the quotes: keep the source's own words`,
        )
      for (const p of checkScope(claim.figure, ids, invalidIds)) at(`figure.${p.field}`, p.message)
      const expected = quantityKinds[claim.figure.quantity].unit
      if (claim.figure.unit !== expected) {
        at('figure.unit', `"${claim.figure.quantity}" is counted in ${expected}, not ${claim.figure.unit}`)
      }
    }

    const madeOn = edtfSpan(claim.madeOn).earliest ?? ''
    let previous = ''
    claim.history.forEach((change, i) => {
      if (change.byClaim) resolve('claims', claim.id, `history.${i}.byClaim`, 'claims', change.byClaim)
      if (change.status === 'officially-confirmed') {
        const by = change.byClaim ? claimById.get(change.byClaim) : undefined
        // The confirming statement itself stands confirmed by its own words; any other claim names it.
        if (!change.byClaim && claim.kind !== 'official-statement')
          at(
            `history.${i}.byClaim`,
            'official confirmation names the claim in which the government confirms it',
          )
        else if (by && by.kind !== 'official-statement')
          at(
            `history.${i}.byClaim`,
            `"${by.id}" is a ${by.kind}; only an official statement confirms officially`,
          )
      }
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

  for (const id of unread) report('sources', id, 'retrieved', 'a quoted source says the day we read it')

  for (const event of records.events) {
    resolveEach('events', event.id, 'places', 'places', event.places)
    resolveEach('events', event.id, 'actors', 'actors', event.actors)
    resolveEach('events', event.id, 'claims', 'claims', event.claims)
  }

  // Every view reads fully in each language: a record's text without our translation fails the build.
  for (const kind of ['claims', 'events', 'actors', 'places', 'contingents'] as const) {
    for (const record of records[kind] as { id: string; translations?: Partial<Record<string, object>> }[]) {
      for (const language of translatedLanguages) {
        if (!record.translations?.[language])
          report(
            kind,
            record.id,
            `translations.${language}`,
            `has no ${languageNames[language]} translation: add ours`,
          )
      }
    }
  }
  return issues
}

const languageNames = { ko: 'Korean', uk: 'Ukrainian' } as const

type Problem = { field: string; message: string }

/** A figure's scope, derivation and inclusions, checked against each other and the records they name. */
function checkScope(
  figure: NonNullable<ClaimIn['figure']>,
  ids: Record<keyof Records, Set<string>>,
  invalidIds?: Record<keyof Records, Set<string>>,
): Problem[] {
  const problems: Problem[] = []
  const known = (kind: keyof Records, id: string) => ids[kind].has(id) || invalidIds?.[kind].has(id)
  const { scope } = figure
  if ((scope.extent === 'period' || scope.extent === 'incident') && !scope.period)
    problems.push({ field: 'scope.period', message: `a "${scope.extent}" figure needs its period (EDTF)` })
  if (scope.extent === 'period' && scope.period && !scope.period.includes('/'))
    problems.push({
      field: 'scope.period',
      message: `"${scope.period}" is one date; a period is an interval (from/to)`,
    })
  if (scope.area && /^[a-z]/.test(scope.area) && !known('places', scope.area))
    problems.push({ field: 'scope.area', message: `refers to unknown place "${scope.area}"` })
  if (Array.isArray(scope.contingents)) {
    scope.contingents.forEach((id, i) => {
      if (!known('contingents', id))
        problems.push({ field: `scope.contingents.${i}`, message: `refers to unknown contingent "${id}"` })
    })
  }
  if (figure.derivation === 'computed' && !figure.basis)
    problems.push({
      field: 'basis',
      message: 'a computed figure says how it was computed, and from which claims',
    })
  if (figure.derivation === 'stated' && figure.basis)
    problems.push({
      field: 'basis',
      message: 'a stated figure has no basis; mark it computed if we derived it',
    })
  figure.basis?.claims.forEach((id, i) => {
    if (!known('claims', id))
      problems.push({ field: `basis.claims.${i}`, message: `refers to unknown claim "${id}"` })
  })
  if (casualtyKinds.includes(figure.quantity) && !figure.includes)
    problems.push({
      field: 'includes',
      message: `a "${figure.quantity}" figure says what it includes (killed, wounded, missing, captured) or "unspecified"`,
    })
  return problems
}
