import { casualtyKinds } from '../quantity-kinds.ts'
import type { FigureInput, Limit } from '../schema/figure.ts'

/** What the limits follow from: the kind, the bound word, the numbers and what they include. */
export type FigureNumbers = Pick<FigureInput, 'quantity' | 'bound' | 'value' | 'low' | 'high' | 'includes'>

export interface FigureProblem {
  field: string
  message: string
}

const pointBounds = new Set(['exact', 'about', 'nearly', 'at-least', 'more-than', 'up-to', 'at-most'])

/** Checks that a figure's numbers fit its bound word: "at least" takes one value, "range" a low and a high. */
export function checkFigure(figure: FigureNumbers): FigureProblem[] {
  const problems: FigureProblem[] = []
  const { bound, value, low, high } = figure
  if (pointBounds.has(bound)) {
    if (value === undefined) problems.push({ field: 'value', message: `a "${bound}" figure needs a value` })
    for (const field of ['low', 'high'] as const) {
      if (figure[field] !== undefined) {
        problems.push({
          field,
          message: `a "${bound}" figure takes no ${field}: its limits follow from the value`,
        })
      }
    }
  } else if (bound === 'range') {
    if (low === undefined) problems.push({ field: 'low', message: 'a range needs a low end' })
    if (high === undefined) problems.push({ field: 'high', message: 'a range needs a high end' })
    if (low !== undefined && high !== undefined && low >= high) {
      problems.push({ field: 'high', message: `must be greater than low (${low})` })
    }
    if (value !== undefined && ((low !== undefined && value < low) || (high !== undefined && value > high))) {
      problems.push({ field: 'value', message: 'must lie within low and high' })
    }
  } else {
    if (value !== undefined) problems.push({ field: 'value', message: 'a vague figure has no point value' })
    if (low !== undefined && high !== undefined && low > high) {
      problems.push({ field: 'high', message: `must not be less than low (${low})` })
    }
  }
  if (figure.includes && !casualtyKinds.includes(figure.quantity) && figure.quantity !== 'share-of-force') {
    problems.push({ field: 'includes', message: 'only casualty counts and shares say what they include' })
  }
  return problems
}

const inclusive = (value: number | undefined): Limit | null =>
  value === undefined ? null : { value, inclusive: true }
const exclusive = (value: number | undefined): Limit | null =>
  value === undefined ? null : { value, inclusive: false }

/**
 * The interval a figure states, derived from its bound word so it is never typed twice:
 * "nearly 7,000" → (−∞, 7000), "at least 100" → [100, ∞), "about 1,500" → no limits.
 */
export function figureLimits(figure: FigureNumbers): { lower: Limit | null; upper: Limit | null } {
  const { bound, value } = figure
  switch (bound) {
    case 'exact':
      return { lower: inclusive(value), upper: inclusive(value) }
    case 'about':
      return { lower: null, upper: null }
    case 'nearly':
      return { lower: null, upper: exclusive(value) }
    case 'at-least':
      return { lower: inclusive(value), upper: null }
    case 'more-than':
      return { lower: exclusive(value), upper: null }
    case 'up-to':
    case 'at-most':
      return { lower: null, upper: inclusive(value) }
    case 'range':
    case 'vague':
      return { lower: inclusive(figure.low), upper: inclusive(figure.high) }
  }
}
