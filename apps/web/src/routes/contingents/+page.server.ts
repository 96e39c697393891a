import { figureSentence } from '$lib/format'
import { api, fromApi } from '$lib/server/api'
import { lookups, namedClaim } from '$lib/server/lookups'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ fetch }) => {
  const client = api(fetch)
  const [contingents, names] = await fromApi(Promise.all([client.contingents.all(), lookups(client)]))
  const claimById = new Map(names.claims.map((c) => [c.id, c]))
  const nameOf = new Map(contingents.map((c) => [c.id, c.name]))
  return {
    contingents: contingents.map((contingent) => ({
      ...contingent,
      partOfName: contingent.partOf ? nameOf.get(contingent.partOf) : undefined,
      placeNames: contingent.places.map((id) => names.place(id)?.name ?? id),
      // The figures that count this group, oldest first: who said how many, and whether it was a plan.
      figures: contingent.claims
        .map((id) => claimById.get(id))
        .flatMap((claim) =>
          claim?.figure ? [{ claim: namedClaim(claim, names), figure: claim.figure }] : [],
        )
        .sort((a, b) => (a.claim.madeOnSpan.earliest ?? '').localeCompare(b.claim.madeOnSpan.earliest ?? ''))
        .map(({ claim, figure }) => ({
          id: claim.id,
          status: claim.status,
          modality: figure.scope.modality,
          sentence: figureSentence({ ...claim, figure }),
        })),
    })),
  }
}
