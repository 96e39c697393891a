/** FNV-1a 32-bit over a string, as 8 hex digits: fast and stable, for ETags and keys (not for security). */
export function fnv1a(text: string, seed = 0x811c9dc5): string {
  let hash = seed
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}
