import { namesOf } from '$lib/claims'
import { scopeInWords } from '$lib/format'
import { api, fromApi } from '$lib/server/api'
import { byId, everyPage, withMissing } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, params }) => {
  const client = api(fetch)
  const [claim, events] = await fromApi(
    Promise.all([client.claims.get(params.id), everyPage((paging) => client.events.list(paging))]),
  )
  // The one-claim route names only its claimant, relays and sources. The claimant's claims of that day are a
  // short list that holds this one, so asking for them side-loads every place, actor, source and contingent it names.
  const related = new Map(claim.resolved.related.map((r) => [r.claim.id, r.claim.statement]))
  const causes = [
    ...new Set(claim.history.flatMap((c) => (c.byClaim && !related.has(c.byClaim) ? [c.byClaim] : []))),
  ]
  const [sameDay, causeClaims] = await fromApi(
    Promise.all([
      client.claims.list({
        claimant: claim.claimant,
        made_from: claim.madeOnSpan.earliest ?? undefined,
        made_to: claim.madeOnSpan.latest ?? undefined,
        within: 'possibly',
        include: ['actors', 'places', 'sources', 'contingents'],
        limit: 100,
      }),
      // A status changed by a claim it is not related to: rare, one call each.
      Promise.all(causes.map((id) => client.claims.get(id))),
    ]),
  )
  const included = sameDay.included ?? {}
  const sources = byId(included.sources)
  const evidenceSources = claim.evidence.flatMap((e) => sources.get(e.source) ?? [])
  // A wire agency whose copy a page carries need not be named by the claim itself: the few that are not, alone.
  const actors = await fromApi(
    withMissing(
      evidenceSources.flatMap((s) => s.syndicates ?? []),
      included.actors,
      client.actors.get,
    ),
  )
  const actorName = (id: string) => actors.get(id)?.name ?? id
  const placeName = namesOf(included.places)
  const contingentName = namesOf(included.contingents)
  for (const other of causeClaims) related.set(other.id, other.statement)

  const statusCause = (change: (typeof claim.history)[number]) => {
    if (change.byClaim) {
      return { href: `/claims/${change.byClaim}`, label: related.get(change.byClaim) ?? change.byClaim }
    }
    if (change.bySource) {
      return {
        href: `/sources/${change.bySource}`,
        label: sources.get(change.bySource)?.title ?? change.bySource,
      }
    }
    return undefined
  }
  return {
    claim,
    scopeWords: claim.figure ? scopeInWords(claim.figure, contingentName) : '',
    history: claim.history.map((change) => ({ ...change, cause: statusCause(change) })),
    evidence: claim.evidence.map((e) => {
      const source = sources.get(e.source)
      return {
        ...e,
        title: source?.title ?? e.source,
        publisher: source?.publisher,
        url: source?.url,
        published: source?.published,
        language: source?.language ?? 'en',
        syndicates: source?.syndicates ? actorName(source.syndicates) : undefined,
        grade: source?.reliability.grade,
        reason: source?.reliability.reason,
      }
    }),
    places: claim.places.map((id) => ({ id, name: placeName(id) })),
    actors: claim.actors.map((id) => ({ id, name: actorName(id) })),
    events: events.data
      .filter((e) => e.claims.includes(claim.id))
      .map((e) => ({ id: e.id, title: e.title, date: e.date })),
  }
}
