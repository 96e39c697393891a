import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import { type Claim, type ClaimStatus, createQuery, type Dataset, getClaim, query } from '../src/index.ts'
import type { Bound, ClaimSchema, QuantityKind } from '../src/schema/index.ts'

describe('public types', () => {
  it('infers Claim from its schema', () => {
    expectTypeOf<Claim>().toEqualTypeOf<z.infer<typeof ClaimSchema>>()
  })

  it('types lookups as possibly missing', () => {
    expectTypeOf(getClaim).returns.toEqualTypeOf<Claim | undefined>()
  })

  it('types figures with closed vocabularies', () => {
    expectTypeOf<NonNullable<Claim['figure']>['bound']>().toEqualTypeOf<Bound>()
    expectTypeOf<NonNullable<Claim['figure']>['quantity']>().toEqualTypeOf<QuantityKind>()
    expectTypeOf<'killed'>().toExtend<QuantityKind>()
    expectTypeOf<'guessed'>().not.toExtend<QuantityKind>()
    expectTypeOf<Claim['status']>().toEqualTypeOf<ClaimStatus>()
  })

  it('accepts only known filter values in queries', () => {
    expectTypeOf(query.claims).parameter(0).toExtend<{ status?: ClaimStatus } | undefined>()
    expectTypeOf(query.estimates).parameter(0).toEqualTypeOf<QuantityKind>()
    expectTypeOf(createQuery).parameter(0).toEqualTypeOf<Dataset>()
  })
})
