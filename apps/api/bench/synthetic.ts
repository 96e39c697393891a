import type { Claim, Dataset } from '@dprk/data'

/** A dataset with `size` claims made by repeating the real ones under new ids, claimants and dates. */
export function syntheticDataset(real: Dataset, size: number): Dataset {
  const claimants = real.actors.map((a) => a.id)
  const claims: Claim[] = []
  for (let i = 0; i < size; i++) {
    const base = real.claims[i % real.claims.length] as Claim
    const day = new Date(Date.UTC(2024, 5, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10)
    claims.push({
      ...base,
      id: `${base.id}-${i}`,
      claimant: claimants[i % claimants.length] as string,
      madeOn: day,
      madeOnSpan: { earliest: day, latest: day },
      related: [],
      relatedBy: [],
    })
  }
  claims.sort((a, b) => (a.id < b.id ? -1 : 1))
  return { ...real, claims }
}
