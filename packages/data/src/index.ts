/** @module The validated dataset and typed accessors over it. */
import json from '../generated/dataset.json' with { type: 'json' }
import type { Actor } from './schema/actor.ts'
import type { Claim } from './schema/claim.ts'
import type { Dataset } from './schema/dataset.ts'
import type { Source } from './schema/source.ts'

export type * from './schema/index.ts'

/** The whole dataset, validated at build time. */
export const dataset = json as Dataset

/** Every claim, in id order. */
export const claims: readonly Claim[] = dataset.claims
/** Every source, in id order. */
export const sources: readonly Source[] = dataset.sources
/** Every actor, in id order. */
export const actors: readonly Actor[] = dataset.actors

const claimById = new Map(claims.map((c) => [c.id, c]))
const sourceById = new Map(sources.map((s) => [s.id, s]))
const actorById = new Map(actors.map((a) => [a.id, a]))

/** The claim with this id, or undefined. */
export const getClaim = (id: string): Claim | undefined => claimById.get(id)
/** The source with this id, or undefined. */
export const getSource = (id: string): Source | undefined => sourceById.get(id)
/** The actor with this id, or undefined. */
export const getActor = (id: string): Actor | undefined => actorById.get(id)
