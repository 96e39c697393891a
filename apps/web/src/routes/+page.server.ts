import { error } from '@sveltejs/kit'
import { api } from '$lib/server/api'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch }) => {
  const client = api(fetch)
  const [claims, actors, sources] = await Promise.all([
    client.claims.all(),
    client.actors.all(),
    client.sources.all(),
  ]).catch((cause: unknown) => {
    const status = (cause as { status?: number }).status
    error(
      status ? 502 : 503,
      status ? `The data API answered ${status}.` : 'The data API cannot be reached. Try again in a moment.',
    )
  })
  const actorName = new Map(actors.map((a) => [a.id, a.name]))
  const sourceTitle = new Map(sources.map((s) => [s.id, s.title]))
  // Figures first, then in the order they were made: the overview leads with numbers.
  const ordered = [...claims].sort(
    (a, b) =>
      Number(!a.figure) - Number(!b.figure) ||
      (a.madeOnSpan.earliest ?? '').localeCompare(b.madeOnSpan.earliest ?? '') ||
      a.id.localeCompare(b.id),
  )
  return {
    claims: ordered.map((claim) => ({
      ...claim,
      claimantName: actorName.get(claim.claimant) ?? claim.claimant,
      viaNames: claim.via.map((id) => actorName.get(id) ?? id),
      evidence: claim.evidence.map((e) => ({ ...e, sourceTitle: sourceTitle.get(e.source) ?? e.source })),
    })),
  }
}
