import { Lru } from './lru.ts'
import type { Representation } from './representation.ts'

/** Answers serialised once, by request target and Accept: the dataset is immutable, so they never go stale. */
export type Memo = Lru<string, Representation>

/** A memo of at most `entries` answers. */
export const createMemo = (entries: number): Memo => new Lru(entries)

/** The memo's key: the request target (path and query, as sent) and the Accept header the format was chosen by. */
export const memoKey = (target: string, accept: string | undefined) => `${target}\n${accept ?? ''}`
