import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type * as Types from '../generated/types.js'
import { type Claim, type ClaimStatus, createQuery, type Dataset, getClaim, query } from '../src/index.ts'
import type { Bound, ClaimSchema, QuantityKind } from '../src/schema/index.ts'
import type { inputTypes, outputTypes } from '../src/schema/named.ts'

type Emitted = { [K in keyof typeof outputTypes]: z.output<(typeof outputTypes)[K]> }
type Authored = { [K in keyof typeof inputTypes]: z.input<(typeof inputTypes)[K]> }

describe('public types', () => {
  it('declares, without zod, exactly what the schemas infer', () => {
    expectTypeOf<Claim>().toEqualTypeOf<z.infer<typeof ClaimSchema>>()
    expectTypeOf<Types.Claim>().toEqualTypeOf<Emitted['Claim']>()
    expectTypeOf<Types.Dataset>().toEqualTypeOf<Emitted['Dataset']>()
    expectTypeOf<Types.Event>().toEqualTypeOf<Emitted['Event']>()
    expectTypeOf<Types.Source>().toEqualTypeOf<Emitted['Source']>()
    expectTypeOf<Types.Actor>().toEqualTypeOf<Emitted['Actor']>()
    expectTypeOf<Types.Place>().toEqualTypeOf<Emitted['Place']>()
    expectTypeOf<Types.Figure>().toEqualTypeOf<Emitted['Figure']>()
    expectTypeOf<Types.Span>().toEqualTypeOf<Emitted['Span']>()
    expectTypeOf<Types.Evidence>().toEqualTypeOf<Emitted['Evidence']>()
    expectTypeOf<Types.StatusChange>().toEqualTypeOf<Emitted['StatusChange']>()
    expectTypeOf<Types.ChangelogEntry>().toEqualTypeOf<Emitted['ChangelogEntry']>()
    expectTypeOf<Types.QuantityKind>().toEqualTypeOf<Emitted['QuantityKind']>()
    expectTypeOf<Types.Topic>().toEqualTypeOf<Emitted['Topic']>()
  })

  it('declares the authoring types as a contributor writes the YAML', () => {
    expectTypeOf<Types.ClaimInput>().toEqualTypeOf<Authored['ClaimInput']>()
    expectTypeOf<Types.EventInput>().toEqualTypeOf<Authored['EventInput']>()
    expectTypeOf<Types.SourceInput>().toEqualTypeOf<Authored['SourceInput']>()
    expectTypeOf<Types.ActorInput>().toEqualTypeOf<Authored['ActorInput']>()
    expectTypeOf<Types.FigureInput>().toEqualTypeOf<Authored['FigureInput']>()
    expectTypeOf<{ id: 'x' }>().not.toExtend<Types.ClaimInput>()
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
