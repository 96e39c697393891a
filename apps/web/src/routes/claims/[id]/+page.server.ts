import { namesOf } from '$lib/claims'
import { scopeInWords } from '$lib/format'
import { getLocale, localizeHref } from '$lib/paraglide/runtime'
import { api, fromApi } from '$lib/server/api'
import { byId, inDateOrder } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, params }) => {
  // One call: the claim with the events it attests, the claims that changed its status, and every actor (wire
  // agencies included), place, source and contingent they name. A Korean or Ukrainian page also shows the English
  // statement its translation was made from: asked for alongside, so the page still waits for one answer.
  const client = api(fetch)
  const locale = getLocale()
  const [{ included = {}, ...claim }, english] = await fromApi(
    Promise.all([
      client.claims.get(params.id, {
        include: ['events', 'claims', 'actors', 'places', 'sources', 'contingents'],
      }),
      locale === 'en' ? undefined : client.claims.get(params.id, { lang: 'en' }),
    ]),
  )
  const original = locale !== 'en' && claim.translations?.[locale] ? english?.statement : undefined
  const sources = byId(included.sources)
  const statements = byId(included.claims)
  const actorName = namesOf(included.actors)
  const placeName = namesOf(included.places)
  const contingentName = namesOf(included.contingents)

  const statusCause = (change: (typeof claim.history)[number]) => {
    if (change.byClaim) {
      return {
        href: localizeHref(`/claims/${change.byClaim}`),
        label: statements.get(change.byClaim)?.statement ?? change.byClaim,
      }
    }
    if (change.bySource) {
      return {
        href: localizeHref(`/sources/${change.bySource}`),
        label: sources.get(change.bySource)?.title ?? change.bySource,
      }
    }
    return undefined
  }
  return {
    claim,
    original,
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
    events: [...(included.events ?? [])]
      .sort(inDateOrder)
      .map((e) => ({ id: e.id, title: e.title, date: e.date })),
  }
}
