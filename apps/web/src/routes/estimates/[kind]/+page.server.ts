import type { QuantityKind } from '@dprk/data'
import { quantityKinds } from '@dprk/data/quantity-kinds'
import { error } from '@sveltejs/kit'
import { quantityDescription, quantityInWords, scopeInWords, statusInWords } from '$lib/format'
import { m } from '$lib/paraglide/messages'
import { getLocale } from '$lib/paraglide/runtime'
import { api, fromApi } from '$lib/server/api'
import { byId, everyPage } from '$lib/server/pages'
import type { PageServerLoad } from './$types'
import { readFilters } from './filters'

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  if (!Object.hasOwn(quantityKinds, params.kind)) {
    error(404, m.est_error_no_figure({ kind: params.kind }))
  }
  const kind = params.kind as QuantityKind
  const client = api(fetch)
  const asked = readFilters(url.searchParams)

  // One call: every figure of the kind, comparable or not, with the contingents their scopes name. Its comparable
  // rows are the series (same order); the whole series names the claimants and fixes each one's colour.
  const all = await fromApi(
    everyPage((paging) =>
      client.estimates(kind, { comparable: 'false', include: ['contingents'], ...paging }),
    ),
  )
  const everything = all.data.filter((row) => row.comparable)
  // The kind's name and description in the page's language.
  const info = {
    id: kind,
    ...quantityKinds[kind],
    label: quantityInWords(kind),
    description: quantityDescription(kind),
  }

  const claimants = [...new Map(everything.map((row) => [row.claimant.id, row.claimant.name]))]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, getLocale()))

  // A claimant not in this series is ignored with a note rather than sent to the API.
  const claimant =
    asked.claimant && claimants.some((c) => c.id === asked.claimant) ? asked.claimant : undefined
  const notes = [...asked.notes]
  if (asked.claimant && !claimant)
    notes.push(m.est_note_unknown_claimant({ claimant: asked.claimant, label: info.label }))
  const filters = { claimant, asOf: asked.asOf }

  // As known on another day, statuses and comparability may differ: only the API can say, in a second call that
  // also brings the figures not compared as they stood that day.
  const known = filters.asOf
    ? await fromApi(
        everyPage((paging) =>
          client.estimates(kind, {
            claimant: filters.claimant,
            as_of: filters.asOf,
            comparable: 'false',
            include: ['contingents'],
            ...paging,
          }),
        ),
      )
    : all
  const shown = known.data.filter((row) => !filters.claimant || row.claimant.id === filters.claimant)
  const rows = shown.filter((row) => row.comparable)

  const contingents = byId([...(all.included.contingents ?? []), ...(known.included.contingents ?? [])])
  // Figures of this kind that measure something else (one incident, one contingent, a plan, our arithmetic),
  // with the same claimant and as-of day as the series.
  const others = shown
    .filter((row) => !row.comparable)
    .map((row) => {
      const words = scopeInWords(row, (id) => contingents.get(id)?.name ?? id)
      // A running total can still fall out of the comparison: by its status, or by its sources' grades.
      const reason =
        words ||
        (['disputed', 'denied', 'retracted'].includes(row.status)
          ? statusInWords(row.status).toLowerCase()
          : m.est_reason_weak_sources())
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
