import type {
  Basis,
  Bound,
  ClaimStatus,
  Derivation,
  FigureInput,
  QuantityKind,
  ReliabilityGrade,
  Scope,
  Unit,
} from '@dprk/data'
import { quantityKinds } from '@dprk/data/quantity-kinds'
import { m } from '$lib/paraglide/messages'
import { getLocale, type Locale } from '$lib/paraglide/runtime'

// Formatters per language, made once: Intl constructors are slow next to what they format.
const numberFormats = new Map<Locale, Intl.NumberFormat>()
const numberFormat = (locale: Locale = getLocale()) => {
  let format = numberFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale)
    numberFormats.set(locale, format)
  }
  return format
}

/** A number as the page's language writes it: 12,000 · 12,000 · 12 000. */
export const formatNumber = (n: number): string => numberFormat().format(n)

const boundWords: Record<Exclude<Bound, 'range' | 'vague' | 'exact'>, (n: string) => string> = {
  about: (n) => m.bound_about({ n }),
  nearly: (n) => m.bound_nearly({ n }),
  'at-least': (n) => m.bound_at_least({ n }),
  'more-than': (n) => m.bound_more_than({ n }),
  'up-to': (n) => m.bound_up_to({ n }),
  'at-most': (n) => m.bound_at_most({ n }),
}

/** "about 1,500", "as many as 1,000": the figure's number with its bound, as a reader would say it. */
export function figureInWords(
  figure: Pick<FigureInput, 'bound' | 'value' | 'low' | 'high' | 'wording'>,
): string {
  return inWords(figure, '')
}

// The unit goes on the number before the bound word wraps it, so each language's word order holds:
// "nearly 7,000 km", "1,000명 초과", "between 1,000 and 2,000 km", "1,000~2,000명".
function inWords(figure: Pick<FigureInput, 'bound' | 'value' | 'low' | 'high' | 'wording'>, unit: string) {
  const { bound, value, low, high } = figure
  if (bound === 'range' && low !== undefined && high !== undefined) {
    return m.bound_range({ low: formatNumber(low), high: `${formatNumber(high)}${unit}` })
  }
  if (bound === 'range' || bound === 'vague' || value === undefined) return figure.wording
  const n = `${formatNumber(value)}${unit}`
  return bound === 'exact' ? n : boundWords[bound](n)
}

const unitSuffix: Partial<Record<Unit, () => string>> = {
  persons: m.unit_persons,
  km: m.unit_km,
  km2: m.unit_km2,
  hectares: m.unit_hectares,
  percent: m.unit_percent,
  days: m.unit_days,
}

/** The figure with its unit where one is needed: "nearly 7,000 km", "more than 40%", "약 2,000명". */
export function figureWithUnit(
  figure: Pick<FigureInput, 'bound' | 'value' | 'low' | 'high' | 'wording' | 'unit'>,
) {
  return inWords(figure, unitSuffix[figure.unit]?.() ?? '')
}

/** A one-character mark for charts and tables: ≈ about, ≥ at least, > more than, ≤ up to, < nearly. */
export function boundSymbol(bound: Bound): string {
  return {
    exact: '=',
    about: '≈',
    nearly: '<',
    'at-least': '≥',
    'more-than': '>',
    'up-to': '≤',
    'at-most': '≤',
    range: '↔',
    vague: '~',
  }[bound]
}

const statusLabels: Record<ClaimStatus, () => string> = {
  reported: m.status_reported,
  corroborated: m.status_corroborated,
  'officially-confirmed': m.status_officially_confirmed,
  disputed: m.status_disputed,
  denied: m.status_denied,
  retracted: m.status_retracted,
  superseded: m.status_superseded,
}

/** "Officially confirmed". */
export const statusInWords = (status: ClaimStatus): string => statusLabels[status]()

const gradeLabels: Record<ReliabilityGrade, () => string> = {
  A: m.grade_A,
  B: m.grade_B,
  C: m.grade_C,
  D: m.grade_D,
  E: m.grade_E,
  F: m.grade_F,
}

/** The NATO/Admiralty source grade in words: "B, usually reliable". */
export const gradeInWords = (grade: ReliabilityGrade): string => `${grade}, ${gradeLabels[grade]()}`

/**
 * A figure as one sentence that reads well aloud:
 * "as many as 1,000 killed, as of mid-January 2025, per Western officials (unnamed) via BBC".
 */
export function figureSentence(claim: {
  figure: Pick<FigureInput, 'bound' | 'value' | 'low' | 'high' | 'wording' | 'unit' | 'quantity'>
  about?: string
  madeOn: string
  claimantName: string
  viaNames?: string[]
}): string {
  const { figure } = claim
  const inputs = {
    figure: figureWithUnit(figure),
    what: quantityInWords(figure.quantity),
    date: edtfInWords(claim.about ?? claim.madeOn),
    claimant: claim.claimantName,
  }
  const sentence =
    figure.unit === 'persons' ? m.figure_sentence_persons(inputs) : m.figure_sentence_other(inputs)
  return claim.viaNames?.length
    ? `${sentence} ${m.via_names({ names: claim.viaNames.join(', ') })}`
    : sentence
}

const messageKey = (kind: QuantityKind) => kind.replaceAll('-', '_')
type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string
const messages = m as unknown as Record<string, Message>

/** "troops sent", "killed": what a quantity kind counts, in the page's language. */
export function quantityInWords(kind: QuantityKind): string {
  return messages[`qty_${messageKey(kind)}`]?.() ?? quantityKinds[kind].label
}

/** "North Korean personnel sent to Russia": the longer description of a quantity kind. */
export function quantityDescription(kind: QuantityKind): string {
  return messages[`qty_${messageKey(kind)}_description`]?.() ?? quantityKinds[kind].description
}

// EDTF's unspecified day digit: 0X = days 1–9, 1X = 10–19, 2X = 20–29 (3X: 30 and 31).
const dayParts = { '0X': 'early', '1X': 'mid', '2X': 'late', '3X': 'late' } as const
type DayPart = (typeof dayParts)[keyof typeof dayParts]
type Case = 'nominative' | 'genitive'

const monthNames = new Map<string, string>()
/** A month's name in the language's form for "5 December" (genitive in Ukrainian) or for the month alone. */
function monthName(locale: Locale, month: number, form: Case): string {
  const key = `${locale}-${month}-${form}`
  let name = monthNames.get(key)
  if (!name) {
    const day = new Date(Date.UTC(2024, month - 1, 5))
    const parts = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      month: 'long',
      ...(form === 'genitive' ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    }).formatToParts(day)
    name = parts.find((p) => p.type === 'month')?.value ?? String(month)
    monthNames.set(key, name)
  }
  return name
}

/** A year, month and day (or part of a month) in words; `form` is the case Ukrainian needs after a preposition. */
function dayInWords(
  locale: Locale,
  year: string,
  month?: number,
  day?: number,
  part?: DayPart,
  form: Case = 'nominative',
) {
  if (locale === 'ko') {
    if (!month) return `${year}년`
    const base = `${year}년 ${month}월`
    if (part) return `${base} ${{ early: '초', mid: '중순', late: '말' }[part]}`
    return day ? `${base} ${day}일` : base
  }
  if (locale === 'uk') {
    if (!month) return `${year}`
    if (day) return `${day} ${monthName(locale, month, 'genitive')} ${year}`
    const genitive = monthName(locale, month, 'genitive')
    if (part) {
      const word = {
        early: ['початок', 'початку'],
        mid: ['середина', 'середини'],
        late: ['кінець', 'кінця'],
      }[part]
      return `${word[form === 'genitive' ? 1 : 0]} ${genitive} ${year}`
    }
    return `${form === 'genitive' ? genitive : monthName(locale, month, 'nominative')} ${year}`
  }
  if (!month) return year
  const name = monthName('en', month, 'nominative')
  if (part) return `${part === 'mid' ? 'mid-' : `${part} `}${name} ${year}`
  return day ? `${day} ${name} ${year}` : `${name} ${year}`
}

/**
 * An EDTF date in the page's language: `2024-12-0X` → "early December 2024", "2024년 12월 초",
 * "початок грудня 2024"; `2024-10/..` → "since October 2024". Forms it does not know are returned unchanged.
 */
export function edtfInWords(value: string): string {
  return edtfIn(getLocale(), value)
}

function edtfIn(locale: Locale, value: string, form: Case = 'nominative'): string {
  if (value.includes('/')) {
    const [start = '', end = ''] = value.split('/')
    if (end === '..' || end === '') return m.date_since({ date: edtfIn(locale, start, 'genitive') })
    if (start === '..' || start === '') return m.date_until({ date: edtfIn(locale, end, 'genitive') })
    return `${edtfIn(locale, start)} – ${edtfIn(locale, end)}`
  }
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}|[0-3]X))?)?([?~%]?)$/.exec(value)
  if (!match) return value
  const [, year = '', month, day, qualifier] = match
  const monthNumber = month ? Number(month) : undefined
  if (monthNumber !== undefined && (monthNumber < 1 || monthNumber > 12)) return value
  const part = day?.endsWith('X') ? dayParts[day as keyof typeof dayParts] : undefined
  const dayNumber = day && !part ? Number(day) : undefined
  // "around" takes the genitive in Ukrainian ("близько початку грудня").
  const around = qualifier === '~' || qualifier === '%'
  const words = dayInWords(locale, year, monthNumber, dayNumber, part, around ? 'genitive' : form)
  if (qualifier === '~') return m.date_around({ date: words })
  if (qualifier === '?') return m.date_uncertain({ date: words })
  if (qualifier === '%') return m.date_around_uncertain({ date: words })
  return words
}

/**
 * What a figure counts, in words, when it is not a running total of everything that happened as stated:
 * "one incident, 3 October 2024 · the engineers (2025) only · planned · computed by us: two-thirds of 4,000".
 * Empty for a comparable figure.
 */
export function scopeInWords(
  figure: { scope: Scope; derivation: Derivation; basis?: Basis },
  contingentName: (id: string) => string = (id) => id,
): string {
  const { scope } = figure
  const parts: string[] = []
  if (scope.extent === 'incident')
    parts.push(scope.period ? m.scope_incident_on({ date: edtfInWords(scope.period) }) : m.scope_incident())
  if (scope.extent === 'period')
    parts.push(m.scope_period({ period: scope.period ? edtfInWords(scope.period) : m.scope_one_period() }))
  if (scope.extent === 'snapshot') parts.push(m.scope_snapshot())
  if (scope.contingents !== 'all')
    parts.push(m.scope_only({ names: scope.contingents.map(contingentName).join(m.scope_and()) }))
  if (scope.modality !== 'actual') parts.push(modalityWords[scope.modality]())
  if (figure.derivation === 'computed')
    parts.push(figure.basis ? m.scope_computed_how({ method: figure.basis.method }) : m.scope_computed())
  return parts.join(' · ')
}

const modalityWords: Record<Exclude<Scope['modality'], 'actual'>, () => string> = {
  planned: m.modality_planned,
  expected: m.modality_expected,
  projected: m.modality_projected,
}

const regionNames = new Map<Locale, Intl.DisplayNames>()

/** A country's name from its ISO code ("KP" → "North Korea", "북한", "Північна Корея") in the page's language. */
export function countryName(code: string): string {
  const locale = getLocale()
  let regions = regionNames.get(locale)
  if (!regions) {
    regions = new Intl.DisplayNames([locale], { type: 'region' })
    regionNames.set(locale, regions)
  }
  try {
    return regions.of(code) ?? code
  } catch {
    return code
  }
}
