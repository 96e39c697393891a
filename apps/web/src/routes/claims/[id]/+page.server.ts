import { scopeInWords } from '$lib/format'
import { api, fromApi } from '$lib/server/api'
import { lookups } from '$lib/server/lookups'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch, params }) => {
  const client = api(fetch)
  const [claim, names, events, contingents] = await fromApi(
    Promise.all([
      client.claims.get(params.id),
      lookups(client),
      client.events.all(),
      client.contingents.list({ limit: 100 }),
    ]),
  )
  const contingentName = new Map(contingents.data.map((c) => [c.id, c.name]))
  const statusCause = (change: (typeof claim.history)[number]) => {
    if (change.byClaim) {
      const other = names.claims.find((c) => c.id === change.byClaim)
      return { href: `/claims/${change.byClaim}`, label: other?.statement ?? change.byClaim }
    }
    if (change.bySource) {
      return {
        href: `/sources/${change.bySource}`,
        label: names.source(change.bySource)?.title ?? change.bySource,
      }
    }
    return undefined
  }
  return {
    claim,
    scopeWords: claim.figure ? scopeInWords(claim.figure, (id) => contingentName.get(id) ?? id) : '',
    history: claim.history.map((change) => ({ ...change, cause: statusCause(change) })),
    evidence: claim.evidence.map((e) => {
      const source = names.source(e.source)
      return {
        ...e,
        title: source?.title ?? e.source,
        publisher: source?.publisher,
        url: source?.url,
        published: source?.published,
        language: source?.language ?? 'en',
        syndicates: source?.syndicates ? names.actorName(source.syndicates) : undefined,
        grade: source?.reliability.grade,
        reason: source?.reliability.reason,
      }
    }),
    places: claim.places.map((id) => ({ id, name: names.place(id)?.name ?? id })),
    actors: claim.actors.map((id) => ({ id, name: names.actorName(id) })),
    events: events
      .filter((e) => e.claims.includes(claim.id))
      .map((e) => ({ id: e.id, title: e.title, date: e.date })),
  }
}
