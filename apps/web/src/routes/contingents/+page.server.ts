import { compareSpan } from '@dprk/data'
import { namedClaim, namesOf } from '$lib/claims'
import { figureSentence } from '$lib/format'
import { api, fromApi } from '$lib/server/api'
import { byId, everyPage, withMissing } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch }) => {
  const client = api(fetch)
  // The API lists no claims by contingent: every claim (pages of 100), with the names and places they show.
  const [contingents, claims] = await fromApi(
    Promise.all([
      everyPage((paging) => client.contingents.list(paging)),
      everyPage((paging) => client.claims.list({ include: ['actors', 'places'], ...paging })),
    ]),
  )
  const places = await fromApi(
    withMissing(
      contingents.data.flatMap((c) => c.places),
      claims.included.places,
      client.places.get,
    ),
  )
  const claimById = byId(claims.data)
  const nameOf = new Map(contingents.data.map((c) => [c.id, c.name]))
  const actorName = namesOf(claims.included.actors)
  return {
    contingents: contingents.data.map((contingent) => ({
      ...contingent,
      partOfName: contingent.partOf ? nameOf.get(contingent.partOf) : undefined,
      placeNames: contingent.places.map((id) => places.get(id)?.name ?? id),
      // The figures that count this group, oldest first: who said how many, and whether it was a plan.
      figures: contingent.claims
        .map((id) => claimById.get(id))
        .flatMap((claim) =>
          claim?.figure ? [{ claim: namedClaim(claim, actorName), figure: claim.figure }] : [],
        )
        .sort((a, b) => compareSpan(a.claim.madeOnSpan, b.claim.madeOnSpan))
        .map(({ claim, figure }) => ({
          id: claim.id,
          status: claim.status,
          modality: figure.scope.modality,
          sentence: figureSentence({ ...claim, figure }),
        })),
    })),
  }
}
