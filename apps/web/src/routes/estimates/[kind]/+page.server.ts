import type { Estimate, EstimatesParams } from '@dprk/api/client'
import type { QuantityKind } from '@dprk/data'
import { quantityKinds } from '@dprk/data/quantity-kinds'
import { error } from '@sveltejs/kit'
import { scopeInWords } from '$lib/format'
import { api, fromApi } from '$lib/server/api'
import type { PageServerLoad } from './$types'
import { readFilters } from './filters'

/** Every row of a series, following the cursor past the API's page size. */
async function series(client: ReturnType<typeof api>, kind: QuantityKind, query: EstimatesParams) {
  const rows: Estimate[] = []
  let cursor: string | undefined
  do {
    const page = await fromApi(client.estimates(kind, { ...query, cursor }))
    rows.push(...page.data)
    cursor = page.meta.nextCursor ?? undefined
  } while (cursor)
  return rows
}

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  if (!Object.hasOwn(quantityKinds, params.kind)) {
    error(
      404,
      `There is no figure called “${params.kind}”. See the list of estimates for the ones there are.`,
    )
  }
  const kind = params.kind as QuantityKind
  const client = api(fetch)
  const asked = readFilters(url.searchParams)

  // The whole series names the claimants for the select and fixes each one's colour, whatever is filtered.
  // Estimate rows carry their claimants' and sources' names: no lookup of every record is needed here.
  const [kinds, everything, all, contingents] = await Promise.all([
    fromApi(client.quantityKinds()),
    series(client, kind, {}),
    series(client, kind, { comparable: 'false' }),
    fromApi(client.contingents.list({ limit: 100 })),
  ])
  const info = kinds.data.find((k) => k.id === kind)
  if (!info) error(404, `There is no figure called “${kind}”.`)

  const claimants = [...new Map(everything.map((row) => [row.claimant.id, row.claimant.name]))]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))

  // A claimant not in this series is ignored with a note rather than sent to the API.
  const claimant =
    asked.claimant && claimants.some((c) => c.id === asked.claimant) ? asked.claimant : undefined
  const notes = [...asked.notes]
  if (asked.claimant && !claimant)
    notes.push(`No one called “${asked.claimant}” gives ${info.label} figures, so all claimants are shown.`)
  const filters = { claimant, asOf: asked.asOf }

  const rows =
    filters.claimant || filters.asOf
      ? await series(client, kind, { claimant: filters.claimant, as_of: filters.asOf })
      : everything

  const contingentName = new Map(contingents.data.map((c) => [c.id, c.name]))
  // Figures of this kind that measure something else (one incident, one contingent, a plan, our arithmetic).
  const others = all
    .filter((row) => !row.comparable)
    .map((row) => {
      const words = scopeInWords(row, (id) => contingentName.get(id) ?? id)
      // A running total can still fall out of the comparison: by its status, or by its sources' grades.
      const reason =
        words ||
        (['disputed', 'denied', 'retracted'].includes(row.status)
          ? row.status
          : 'rests only on sources graded E or F')
      return { ...row, reason }
    })

  return {
    kind: info,
    others,
    filters,
    notes,
    claimants,
    // The order of the unfiltered series, so each claimant keeps its colour and shape when others are hidden.
    claimantOrder: everything.map((row) => row.claimant.id),
    total: everything.length,
    rows: rows.map((row) => {
      const sources = row.sourceSummaries.map((source) => ({
        id: source.id,
        label: source.publisher ?? source.title,
        title: source.title,
      }))
      // Two sources from one publisher are told apart by their titles.
      const repeated = (label: string) => sources.filter((s) => s.label === label).length > 1
      return { ...row, sources: sources.map((s) => (repeated(s.label) ? { ...s, label: s.title } : s)) }
    }),
  }
}
