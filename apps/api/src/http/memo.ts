import { Lru } from './lru.ts'
import type { Representation } from './representation.ts'

/**
 * Answers serialised once, by request target, Accept and Accept-Language: the dataset is immutable, so they never
 * go stale.
 */
export type Memo = Lru<string, Representation>

/** A memo of at most `entries` answers. */
export const createMemo = (entries: number): Memo => new Lru(entries)

/**
 * The memo's key: the request target (path and query, as sent) and the raw Accept and Accept-Language headers the
 * format and the language were chosen by.
 */
export const memoKey = (target: string, accept: string | undefined, acceptLanguage: string | undefined) =>
  `${target}\n${accept ?? ''}\n${acceptLanguage ?? ''}`
