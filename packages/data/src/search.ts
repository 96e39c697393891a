/** @module Full-text search over every record type: prefix and fuzzy matching, BM25 ranking, field boosts. */
import MiniSearch from 'minisearch'
import type { Dataset } from '../generated/types.js'

/** The record types search covers. */
export type HitType = 'claim' | 'event' | 'source' | 'actor' | 'place' | 'contingent'

/** One search result, best first. */
export interface SearchHit {
  type: HitType
  id: string
  title: string
  score: number
  /** The words of the query that matched, as they stand in the record (for highlighting). */
  terms: string[]
}

interface Doc {
  key: string
  type: HitType
  id: string
  title: string
  names: string
  text: string
  quotes: string
}

const named = new Set<HitType>(['actor', 'place', 'contingent'])

// Names and aliases above statements and titles, those above quotes.
const boost = { names: 6, title: 3, text: 1.5, quotes: 1 }

/**
 * Builds a search index over a dataset once. Every term must match (prefix, or within an edit distance that
 * grows with the term's length); when nothing matches them all, the best partial matches are returned.
 */
export function createSearch(
  dataset: Pick<Dataset, 'claims' | 'events' | 'sources' | 'actors' | 'places'> & {
    contingents?: Dataset['contingents']
  },
) {
  const actorNames = new Map(dataset.actors.map((a) => [a.id, [a.name, ...a.aliases].join(' ')]))
  const placeNames = new Map(dataset.places.map((p) => [p.id, p.name]))
  const docs: Doc[] = [
    ...dataset.claims.map((c) => ({
      key: `claim:${c.id}`,
      type: 'claim' as const,
      id: c.id,
      title: c.statement,
      names: [c.claimant, c.speaker, ...c.via, ...c.actors]
        .map((id) => (id ? actorNames.get(id) : ''))
        .join(' '),
      text: [c.figure?.wording, c.note, ...c.places.map((id) => placeNames.get(id)), ...c.topics].join(' '),
      quotes: c.evidence.map((e) => `${e.quote ?? ''} ${e.translation ?? ''}`).join(' '),
    })),
    ...dataset.events.map((e) => ({
      key: `event:${e.id}`,
      type: 'event' as const,
      id: e.id,
      title: e.title,
      names: [...e.actors.map((id) => actorNames.get(id)), ...e.places.map((id) => placeNames.get(id))].join(
        ' ',
      ),
      text: e.summary,
      quotes: '',
    })),
    ...dataset.actors.map((a) => ({
      key: `actor:${a.id}`,
      type: 'actor' as const,
      id: a.id,
      title: a.name,
      names: [a.name, ...a.aliases, a.id].join(' '),
      text: a.role ?? '',
      quotes: '',
    })),
    ...dataset.places.map((p) => ({
      key: `place:${p.id}`,
      type: 'place' as const,
      id: p.id,
      title: p.name,
      names: `${p.name} ${p.id}`,
      text: p.note ?? '',
      quotes: '',
    })),
    ...dataset.sources.map((s) => ({
      key: `source:${s.id}`,
      type: 'source' as const,
      id: s.id,
      title: s.title,
      names: s.publisher ?? '',
      text: s.provenance ?? '',
      quotes: '',
    })),
    ...(dataset.contingents ?? []).map((c) => ({
      key: `contingent:${c.id}`,
      type: 'contingent' as const,
      id: c.id,
      title: c.name,
      names: c.name,
      text: c.summary,
      quotes: '',
    })),
  ]
  const index = new MiniSearch<Doc>({
    idField: 'key',
    fields: ['names', 'title', 'text', 'quotes'],
    storeFields: ['type', 'id', 'title'],
    searchOptions: {
      boost,
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      // A record that is the thing named (an actor, a place, a wave) outranks the many claims that name it.
      boostDocument: (_key, _term, stored) => (stored && named.has(stored.type as HitType) ? 4 : 1),
    },
  })
  index.addAll(docs)

  /** Records matching `q`, best first; `type` keeps one record type. */
  return function search(q: string, type?: HitType): SearchHit[] {
    const filter = type ? (hit: { [field: string]: unknown }) => hit.type === type : undefined
    let results = index.search(q, { combineWith: 'AND', filter })
    if (results.length === 0) results = index.search(q, { combineWith: 'OR', filter })
    return results.map((r) => ({
      type: r.type as HitType,
      id: r.id as string,
      title: r.title as string,
      score: Math.round(r.score * 1000) / 1000,
      terms: r.terms,
    }))
  }
}

export type Search = ReturnType<typeof createSearch>
