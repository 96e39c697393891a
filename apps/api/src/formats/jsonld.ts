import type { Claim } from '@dprk/data'
import type { View } from '../store.ts'

const personKinds = new Set(['person'])

/** A claim as a schema.org `Claim` (JSON-LD), its claimant as author and its sources as appearances. */
export function claimJsonLd(claim: Claim, view: View, base: string) {
  const claimant = view.actor(claim.claimant)
  const exactDay =
    claim.madeOnSpan.earliest === claim.madeOnSpan.latest ? claim.madeOnSpan.earliest : undefined
  return {
    '@type': 'Claim',
    '@id': `${base}/v1/claims/${claim.id}`,
    identifier: claim.id,
    text: claim.statement,
    // A claim not yet translated keeps its English statement in any view.
    inLanguage: view.language !== 'en' && claim.translations?.[view.language] ? view.language : 'en',
    author: {
      '@type': claimant && personKinds.has(claimant.kind) ? 'Person' : 'Organization',
      name: claimant?.name ?? claim.claimant,
      ...(claimant?.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${claimant.wikidata}` } : {}),
    },
    ...(exactDay ? { dateCreated: exactDay } : {}),
    ...(claim.aboutSpan
      ? { temporalCoverage: `${claim.aboutSpan.earliest ?? '..'}/${claim.aboutSpan.latest ?? '..'}` }
      : {}),
    keywords: claim.topics,
    appearance: claim.evidence.map((e) => {
      const source = view.source(e.source)
      return {
        '@type': 'CreativeWork',
        name: source?.title ?? e.source,
        ...(source?.url ? { url: source.url } : {}),
        ...(source?.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
        ...(e.quote ? { text: e.quote } : {}),
      }
    }),
  }
}

export const jsonLdContext = 'https://schema.org'
