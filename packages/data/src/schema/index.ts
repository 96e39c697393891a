/** @module Zod schemas of every record type; the types are inferred from them. */
export * from './actor.ts'
export * from './claim.ts'
export * from './dataset.ts'
export * from './edtf.ts'
export * from './figure.ts'
export * from './id.ts'
export * from './source.ts'
