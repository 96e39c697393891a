/** A piece of text, marked when it is one of the words a search matched. */
export interface Piece {
  text: string
  hit: boolean
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Splits `text` around every occurrence of `terms` (as the index matched them, any case), longest first. */
export function highlight(text: string, terms: readonly string[]): Piece[] {
  const words = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length)
  if (words.length === 0) return [{ text, hit: false }]
  const pattern = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'giu')
  return text
    .split(pattern)
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, hit: words.some((w) => w.toLowerCase() === part.toLowerCase()) }))
}
