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

const number = new Intl.NumberFormat('en-GB')

const boundWords: Record<Exclude<Bound, 'range' | 'vague'>, string> = {
  exact: '',
  about: 'about',
  nearly: 'nearly',
  'at-least': 'at least',
  'more-than': 'more than',
  'up-to': 'as many as',
  'at-most': 'at most',
}

/** "about 1,500", "as many as 1,000": the figure's number with its bound, as a reader would say it. */
export function figureInWords(
  figure: Pick<FigureInput, 'bound' | 'value' | 'low' | 'high' | 'wording'>,
): string {
  const { bound, value, low, high } = figure
  if (bound === 'range' && low !== undefined && high !== undefined) {
    return `between ${number.format(low)} and ${number.format(high)}`
  }
  if (bound === 'range' || bound === 'vague' || value === undefined) return figure.wording
  const words = boundWords[bound]
  return words ? `${words} ${number.format(value)}` : number.format(value)
}

const unitSuffix: Partial<Record<Unit, string>> = {
  km: ' km',
  km2: ' km²',
  hectares: ' ha',
  percent: '%',
  days: ' days',
}

/** The figure with its unit where one is needed: "nearly 7,000 km", "more than 40%". */
export function figureWithUnit(
  figure: Pick<FigureInput, 'bound' | 'value' | 'low' | 'high' | 'wording' | 'unit'>,
) {
  const words = figureInWords(figure)
  if (words === figure.wording) return words
  return `${words}${unitSuffix[figure.unit] ?? ''}`
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

const statusLabels: Record<ClaimStatus, string> = {
  reported: 'Reported',
  corroborated: 'Corroborated',
  'officially-confirmed': 'Officially confirmed',
  disputed: 'Disputed',
  denied: 'Denied',
  retracted: 'Retracted',
  superseded: 'Superseded',
}

/** "Officially confirmed". */
export const statusInWords = (status: ClaimStatus): string => statusLabels[status]

const gradeLabels: Record<ReliabilityGrade, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
}

/** The NATO/Admiralty source grade in words: "B, usually reliable". */
export const gradeInWords = (grade: ReliabilityGrade): string => `${grade}, ${gradeLabels[grade]}`

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
  const persons = figure.unit === 'persons'
  const what = persons ? ` ${quantityInWords(figure.quantity)}` : ` (${quantityInWords(figure.quantity)})`
  const via = claim.viaNames?.length ? ` via ${claim.viaNames.join(', ')}` : ''
  return `${figureWithUnit(figure)}${what}, as of ${edtfInWords(claim.about ?? claim.madeOn)}, per ${claim.claimantName}${via}`
}

/** "troops sent", "killed". */
export function quantityInWords(kind: QuantityKind): string {
  return quantityKinds[kind].label
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
// EDTF's unspecified day digit: 0X = days 1–9, 1X = 10–19, 2X = 20–29.
const dayDecades: Record<string, string> = { '0X': 'early', '1X': 'mid-', '2X': 'late', '3X': 'late' }

/**
 * An EDTF date in plain English: `2024-12-0X` → "early December 2024", `2024-10/..` → "since October 2024".
 * Forms it does not know are returned unchanged rather than guessed.
 */
export function edtfInWords(value: string): string {
  if (value.includes('/')) {
    const [start = '', end = ''] = value.split('/')
    if (end === '..' || end === '') return `since ${edtfInWords(start)}`
    if (start === '..' || start === '') return `until ${edtfInWords(end)}`
    return `${edtfInWords(start)} – ${edtfInWords(end)}`
  }
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}|[0-3]X))?)?([?~%]?)$/.exec(value)
  if (!match) return value
  const [, year, month, day, qualifier] = match
  const monthName = month ? months[Number(month) - 1] : undefined
  if (month && !monthName) return value
  let words = year as string
  if (monthName && day?.endsWith('X')) {
    const part = dayDecades[day] as string
    words = `${part}${part.endsWith('-') ? '' : ' '}${monthName} ${year}`
  } else if (monthName && day) {
    words = `${Number(day)} ${monthName} ${year}`
  } else if (monthName) {
    words = `${monthName} ${year}`
  }
  if (qualifier === '~') return `around ${words}`
  if (qualifier === '?') return `${words} (uncertain)`
  if (qualifier === '%') return `around ${words} (uncertain)`
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
    parts.push(`one incident${scope.period ? `, ${edtfInWords(scope.period)}` : ''}`)
  if (scope.extent === 'period')
    parts.push(`counted over ${scope.period ? edtfInWords(scope.period) : 'one period'}`)
  if (scope.extent === 'snapshot') parts.push('how many were there at one moment')
  if (scope.contingents !== 'all') parts.push(`${scope.contingents.map(contingentName).join(' and ')} only`)
  if (scope.modality !== 'actual') parts.push(scope.modality)
  if (figure.derivation === 'computed')
    parts.push(`computed by us${figure.basis ? `: ${figure.basis.method}` : ''}`)
  return parts.join(' · ')
}

const regions = new Intl.DisplayNames(['en'], { type: 'region' })

/** A country's name from its ISO code ("KP" → "North Korea"), so the two Koreas are never one letter apart. */
export function countryName(code: string): string {
  try {
    return regions.of(code) ?? code
  } catch {
    return code
  }
}
