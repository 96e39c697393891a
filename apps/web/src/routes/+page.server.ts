import { error } from '@sveltejs/kit'
import { api } from '$lib/server/api'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch }) => {
  const client = api(fetch)
  const responses = await Promise.all([
    client.v1.claims.$get(),
    client.v1.actors.$get(),
    client.v1.sources.$get(),
  ]).catch(() => error(503, 'The data API cannot be reached. Try again in a moment.'))
  const failed = responses.find((res) => !res.ok)
  if (failed) error(502, `The data API answered ${failed.status}.`)
  const [claims, actors, sources] = await Promise.all([
    responses[0].json(),
    responses[1].json(),
    responses[2].json(),
  ])
  const actorName = new Map(actors.data.map((a) => [a.id, a.name]))
  const sourceTitle = new Map(sources.data.map((s) => [s.id, s.title]))
  // Figures first, then in the order they were made: the overview leads with numbers.
  const ordered = [...claims.data].sort(
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
