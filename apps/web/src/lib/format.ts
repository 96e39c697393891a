import type { Bound, FigureInput, QuantityKind } from '@dprk/data'
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
