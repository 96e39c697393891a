/** @module The chart and table of one series, from its page data: shared by the page, its embed and its images. */
import { isPlottable } from '$lib/chart/estimates'
import { assignSeries } from '$lib/chart/series'
import { shapes } from '$lib/chart/symbols'
import { boundSymbol, edtfInWords, figureSentence, figureWithUnit, statusInWords } from '$lib/format'
import type { PageData } from './$types'
import type { ChartEstimate, ChartSeries } from './EstimatesChart.svelte'

/** What a view of the series needs: the rows in words, the chart's marks and series, its title and description. */
export function chartModel(
  data: Pick<PageData, 'kind' | 'filters' | 'rows' | 'claimants' | 'claimantOrder'>,
) {
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
  const plural = (n: number, one: string, many: string) =>
    `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`

  const label = capital(data.kind.label)
  const filtered = Boolean(data.filters.claimant || data.filters.asOf)
  const path = `/estimates/${data.kind.id}`

  const rows = data.rows.map((row) => {
    const figure = row
    const words = figureWithUnit(figure)
    // A vague figure has only its wording; quoting it keeps the sentence readable ("“thousands” troops present").
    const spoken = row.bound === 'vague' ? { ...figure, wording: `“${row.wording}”` } : figure
    return {
      ...row,
      words,
      symbol: boundSymbol(row.bound),
      // The source's own words, when they say more than the figure in words does.
      quoted: row.wording.toLowerCase() !== words.toLowerCase() ? row.wording : undefined,
      sentence: figureSentence({
        figure: spoken,
        about: row.asOf,
        madeOn: row.madeOn,
        claimantName: row.claimant.name,
        viaNames: row.via.map((a) => a.name),
      }),
    }
  })

  const names = new Map(data.claimants.map((c) => [c.id, c.name]))
  const series: ChartSeries[] = assignSeries(data.claimantOrder, shapes.length).map((s) => ({
    id: s.id,
    slot: s.slot,
    name: names.get(s.id) ?? s.id,
  }))
  const slotOf = new Map(series.map((s) => [s.id, s.slot]))

  const estimates: ChartEstimate[] = rows.map((row) => ({
    id: row.claim,
    bound: row.bound,
    value: row.value,
    low: row.low,
    high: row.high,
    earliest: row.asOfSpan.earliest,
    latest: row.asOfSpan.latest,
    claimant: row.claimant.id,
    sentence: row.sentence,
    faint: row.status === 'superseded' || row.status === 'retracted',
    statusWord: statusInWords(row.status).toLowerCase(),
  }))
  const unplotted = rows.filter((_, i) => !isPlottable(estimates[i] as ChartEstimate))
  const plotted = rows.filter((_, i) => isPlottable(estimates[i] as ChartEstimate))

  const formatTick = (value: number) =>
    figureWithUnit({ bound: 'exact', value, unit: data.kind.unit, wording: '' })
  const asOfWords = data.filters.asOf ? edtfInWords(data.filters.asOf) : undefined
  const claimantName = data.filters.claimant ? names.get(data.filters.claimant) : undefined

  const chartTitle = `${label}: ${plural(plotted.length, 'estimate', 'estimates')} over time${claimantName ? ` by ${claimantName}` : ''}${asOfWords ? `, as known on ${asOfWords}` : ''}`
  const chartDescription = (() => {
    const values = plotted
      .flatMap((r) => (r.bound === 'range' ? [r.low, r.high] : [r.value]))
      .filter((v) => v !== undefined)
    const days = plotted
      .flatMap((r) => [r.asOfSpan.earliest, r.asOfSpan.latest])
      .filter((d) => d !== null)
      .sort()
    const first = days[0]
    const last = days.at(-1)
    const people = new Set(plotted.map((r) => r.claimant.id)).size
    const parts = [
      `Each mark is one claim, placed at the time it holds for and at its figure, on a scale from 0.`,
      first && last
        ? `They run from ${edtfInWords(first.slice(0, 7))} to ${edtfInWords(last.slice(0, 7))}.`
        : '',
      values.length > 0
        ? `Figures run from ${formatTick(Math.min(...values))} to ${formatTick(Math.max(...values))}, from ${plural(people, 'claimant', 'claimants')}.`
        : '',
      unplotted.length > 0
        ? `${plural(unplotted.length, 'figure without a number is', 'figures without a number are')} listed under the chart.`
        : '',
      'The table below gives every estimate in words.',
    ]
    return parts.filter(Boolean).join(' ')
  })()
  return {
    capital,
    plural,
    label,
    filtered,
    path,
    rows,
    names,
    series,
    slotOf,
    estimates,
    unplotted,
    plotted,
    formatTick,
    asOfWords,
    claimantName,
    chartTitle,
    chartDescription,
  }
}

export type ChartModel = ReturnType<typeof chartModel>
