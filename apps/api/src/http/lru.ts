/**
 * A bounded map that keeps what is used: two generations, the newest filled until it holds half the capacity, then
 * the older one dropped. A hit is one lookup, not the delete and re-insert of an exact LRU, which cost a
 * microsecond a request on the memo; what is used survives, what was not used for a generation goes.
 */
export class Lru<K, V> {
  #young = new Map<K, V>()
  #old = new Map<K, V>()
  readonly #generation: number

  constructor(readonly capacity: number) {
    this.#generation = Math.max(1, Math.floor(capacity / 2))
  }

  get(key: K): V | undefined {
    const young = this.#young.get(key)
    if (young !== undefined) return young
    const old = this.#old.get(key)
    // Used again: it moves to the young generation, so it outlives the old one.
    if (old !== undefined) this.set(key, old)
    return old
  }

  set(key: K, value: V): void {
    if (this.#young.size >= this.#generation && !this.#young.has(key)) {
      this.#old = this.#young
      this.#young = new Map()
    }
    this.#young.set(key, value)
  }

  /** How many entries it holds, at most `capacity`. */
  get size(): number {
    let size = this.#young.size
    for (const key of this.#old.keys()) if (!this.#young.has(key)) size++
    return size
  }
}
