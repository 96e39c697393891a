import { z } from 'zod'
import { type QuantityKind, quantityKinds, units } from '../quantity-kinds.ts'

export { type QuantityKind, quantityKinds, type Unit } from '../quantity-kinds.ts'

/** Units a figure can be in; each quantity kind has exactly one. */
export const UnitSchema = z.enum(units)

export const QuantityKindSchema = z
  .enum(Object.keys(quantityKinds) as [QuantityKind, ...QuantityKind[]])
  .meta({ description: 'What a figure counts (closed vocabulary; see quantityKinds)' })
