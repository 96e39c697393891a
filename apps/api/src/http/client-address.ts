/**
 * The client's address behind `hops` trusted proxies: each proxy appends the address it saw to X-Forwarded-For,
 * so the client is the entry `hops` from the right. Entries further left are the client's own words.
 */
export function forwardedClient(forwardedFor: string | undefined, hops: number): string | undefined {
  if (!forwardedFor || hops < 1) return undefined
  const entries = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries[entries.length - hops]
}
