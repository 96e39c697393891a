import { compareSpan } from '@dprk/data'
import { namedClaim, namesOf } from '$lib/claims'
import { figureSentence } from '$lib/format'
import { api, fromApi } from '$lib/server/api'
import { byId } from '$lib/server/pages'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch }) => {
  // One call: the waves with the claims whose figures count them, and the names and places those show.
  const contingents = await fromApi(
    api(fetch).contingents.list({ limit: 500, include: ['claims', 'actors', 'places'] }),
  )
  const included = contingents.included ?? {}
  const places = byId(included.places)
  const claimById = byId(included.claims)
  const nameOf = new Map(contingents.data.map((c) => [c.id, c.name]))
  const actorName = namesOf(included.actors)
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
