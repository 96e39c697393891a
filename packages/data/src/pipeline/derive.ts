import { compareSpan } from '../query.ts'
import type { Claim } from '../schema/claim.ts'
import type { Contingent } from '../schema/contingent.ts'
import type { Dataset, DatasetMeta } from '../schema/dataset.ts'
import type { Event } from '../schema/event.ts'
import { quantityKinds } from '../schema/quantity.ts'
import type { Source } from '../schema/source.ts'
import { edtfSpan } from './edtf-span.ts'
import { figureLimits } from './figure-limits.ts'
import type { Records } from './integrity.ts'

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Adds what the build derives (date spans, figure limits, inverse relations) and orders every list. */
export function deriveDataset(meta: DatasetMeta, records: Records): Dataset {
  const relatedBy = new Map<string, Claim['relatedBy']>()
  for (const claim of records.claims) {
    for (const { type, claim: target } of claim.related) {
      relatedBy.set(target, [...(relatedBy.get(target) ?? []), { type, claim: claim.id }])
    }
  }

  const claims: Claim[] = records.claims.map((claim) => ({
    ...claim,
    figure: claim.figure && { ...claim.figure, ...figureLimits(claim.figure) },
    history: claim.history.map((change) => ({ ...change, onSpan: edtfSpan(change.on) })),
    madeOnSpan: edtfSpan(claim.madeOn),
    aboutSpan: claim.about ? edtfSpan(claim.about) : null,
    relatedBy: (relatedBy.get(claim.id) ?? []).sort((a, b) => byId({ id: a.claim }, { id: b.claim })),
  }))
  for (const claim of claims) if (!claim.figure) delete claim.figure

  const events: Event[] = records.events
    .map((event) => ({ ...event, dateSpan: edtfSpan(event.date) }))
    .sort((a, b) => compareSpan(a.dateSpan, b.dateSpan) || byId(a, b))
  const sources: Source[] = records.sources.map((source) => ({
    ...source,
    publishedSpan: edtfSpan(source.published),
  }))

  const counted = new Map<string, string[]>()
  for (const claim of claims) {
    const contingents = claim.figure?.scope.contingents
    if (Array.isArray(contingents))
      for (const id of contingents) counted.set(id, [...(counted.get(id) ?? []), claim.id])
  }
  const contingents: Contingent[] = records.contingents
    .map((contingent) => ({
      ...contingent,
      arrivalSpan: edtfSpan(contingent.arrival),
      claims: counted.get(contingent.id) ?? [],
    }))
    .sort((a, b) => compareSpan(a.arrivalSpan, b.arrivalSpan) || byId(a, b))

  return {
    ...meta,
    license: 'CC-BY-4.0',
    quantityKinds: Object.entries(quantityKinds).map(([id, kind]) => ({ id, ...kind })),
    claims: claims.sort(byId),
    events,
    sources: sources.sort(byId),
    actors: [...records.actors].sort(byId),
    places: [...records.places].sort(byId),
    contingents,
  }
}
