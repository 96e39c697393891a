/** @module The chart and table of one series, from its page data: shared by the page, its embed and its images. */
import { isPlottable } from '$lib/chart/estimates'
import { assignSeries } from '$lib/chart/series'
import { shapes } from '$lib/chart/symbols'
import {
  boundSymbol,
  edtfInWords,
  figureSentence,
  figureWithUnit,
  formatNumber,
  statusInWords,
} from '$lib/format'
import { m } from '$lib/paraglide/messages'
import { getLocale, localizeHref } from '$lib/paraglide/runtime'
import type { PageData } from './$types'
import type { ChartEstimate, ChartSeries } from './EstimatesChart.svelte'

/** A count in words: a message with `count` (picks the plural form) and `n` (the count as the language writes it). */
export const counted = (message: (inputs: { count: number; n: string }) => string, count: number) =>
  message({ count, n: formatNumber(count) })

const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** A month's short name for the time axis in the page's language ("Jan", "1월", "січ."), month 1–12. */
export function monthLabel(month: number): string {
  const locale = getLocale()
  if (locale === 'en') return englishMonths[month - 1] ?? String(month)
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, 1),
  )
}

/** What a view of the series needs: the rows in words, the chart's marks and series, its title and description. */
export function chartModel(
  data: Pick<PageData, 'kind' | 'filters' | 'rows' | 'claimants' | 'claimantOrder'>,
) {
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

  const label = capital(data.kind.label)
  /** "Killed: competing estimates": the series' heading, title and card. */
  const heading = m.est_series_heading({ label })
  const filtered = Boolean(data.filters.claimant || data.filters.asOf)
  // In the page's language: /ko/estimates/killed is the same route in Korean.
  const path = localizeHref(`/estimates/${data.kind.id}`)

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

  const asOfLabel = asOfWords ? m.est_as_known_on({ date: asOfWords }) : undefined
  const title = { label, estimates: counted(m.est_count, plotted.length) }
  const chartTitle =
    claimantName && asOfWords
      ? m.est_chart_title_claimant_as_of({ ...title, claimant: claimantName, date: asOfWords })
      : claimantName
        ? m.est_chart_title_claimant({ ...title, claimant: claimantName })
        : asOfWords
          ? m.est_chart_title_as_of({ ...title, date: asOfWords })
          : m.est_chart_title(title)
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
      m.est_chart_desc_marks(),
      first && last
        ? m.est_chart_desc_span({
            first: edtfInWords(first.slice(0, 7)),
            last: edtfInWords(last.slice(0, 7)),
          })
        : '',
      values.length > 0
        ? m.est_chart_desc_values({
            low: formatTick(Math.min(...values)),
            high: formatTick(Math.max(...values)),
            claimants: counted(m.est_from_claimants, people),
          })
        : '',
      unplotted.length > 0 ? counted(m.est_chart_desc_unplotted, unplotted.length) : '',
      m.est_chart_desc_table(),
    ]
    return parts.filter(Boolean).join(' ')
  })()
  return {
    capital,
    label,
    heading,
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
    asOfLabel,
    claimantName,
    chartTitle,
    chartDescription,
  }
}

export type ChartModel = ReturnType<typeof chartModel>
