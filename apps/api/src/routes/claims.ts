import { asOfSpan, type Claim, compareSpan } from '@dprk/data'
import { claimColumns } from '@dprk/data/csv'
import { type Endpoint, endpoint } from '../endpoint.ts'
import { claimJsonLd, jsonLdContext } from '../formats/jsonld.ts'
import { problem } from '../http/problem.ts'
import { facetsOf, included, referencesOf, relatedOf } from '../include.ts'
import { csvExport, jsonPage, pageWithLink } from '../list.ts'
import { ClaimsQuery, IdParam, OneClaimQuery } from '../params.ts'
import { Claim as ClaimComponent, ClaimDetailSchema, pageOf } from '../schemas.ts'
import type { Store, View } from '../store.ts'

// Span order and the as-of span are the dataset's own rules, not written again here.
const byId = (a: Claim, b: Claim) => (a.id < b.id ? -1 : 1)
/** The orders `sort=` names, earliest first. */
export const sorters: Record<'id' | 'made_on' | 'about', (a: Claim, b: Claim) => number> = {
  id: byId,
  made_on: (a, b) => compareSpan(a.madeOnSpan, b.madeOnSpan) || byId(a, b),
  about: (a, b) => compareSpan(asOfSpan(a), asOfSpan(b)) || byId(a, b),
}

/** A claim with its claimant, relays, sources and related claims resolved to short summaries. */
export function claimDetail(claim: Claim, view: View) {
  const actor = (id: string) => {
    const a = view.actor(id)
    return { id, name: a?.name ?? id, kind: a?.kind ?? 'unknown' }
  }
  const summary = (id: string) => {
    const other = view.query.claim(id)
    return other
      ? {
          id,
          statement: other.statement,
          claimant: other.claimant,
          madeOn: other.madeOn,
          status: other.status,
        }
      : undefined
  }
  const sources = [...new Set(claim.evidence.map((e) => e.source))].flatMap((id) => {
    const s = view.source(id)
    return s
      ? [
          {
            id,
            title: s.title,
            publisher: s.publisher,
            url: s.url,
            published: s.published,
            grade: s.reliability.grade,
          },
        ]
      : []
  })
  const related = [
    ...claim.related.map((r) => ({ type: r.type, direction: 'to' as const, claim: summary(r.claim) })),
    ...claim.relatedBy.map((r) => ({ type: r.type, direction: 'from' as const, claim: summary(r.claim) })),
  ].filter((r) => r.claim !== undefined)
  return {
    ...claim,
    resolved: {
      claimant: actor(claim.claimant),
      ...(claim.speaker && { speaker: actor(claim.speaker) }),
      via: claim.via.map(actor),
      sources,
      related,
    },
  }
}

export function claimRoutes(store: Store): Endpoint[] {
  const example = store.current.dataset.claims[0]
  const list = endpoint({
    path: '/v1/claims',
    operationId: 'listClaims',
    tag: 'Claims',
    summary: 'List claims',
    description:
      'Every claim matching all the given filters. Date ranges use `within`: `certainly` keeps claims whose fuzzy date lies wholly inside, `possibly` those whose date overlaps. CSV exports every match (not paginated).',
    query: ClaimsQuery,
    formats: ['json', 'csv', 'jsonld'],
    response: {
      schema: pageOf(ClaimComponent, 'ClaimPage', { included: true, facets: true }),
      description: 'A page of claims',
      example: example && { data: [example], meta: { total: 1, limit: 50, nextCursor: null } },
    },
    build(ctx) {
      const q = ctx.query
      const view = store.at(q.as_of, ctx.lang)
      const range = (from?: string, to?: string) => (from || to ? { from, to, within: q.within } : undefined)
      let items = view.query.claims({
        quantity: q.quantity,
        claimant: q.claimant,
        status: q.status,
        kind: q.kind,
        topic: q.topic,
        place: q.place,
        actor: q.actor,
        via: q.via,
        involving: q.involving,
        source: q.source,
        q: q.q,
        made: range(q.made_from, q.made_to),
        about: range(q.about_from, q.about_to),
      })
      if (q.sort !== 'id') {
        const sorter = sorters[q.sort.replace('-', '') as keyof typeof sorters]
        items = [...items].sort(sorter)
        if (q.sort.startsWith('-')) items.reverse()
      }
      if (ctx.format === 'csv') return csvExport('claims', claimColumns, items)
      // JSON-LD pages like JSON: the same limit, cursor and Link.
      if (ctx.format === 'jsonld') {
        const { page, headers } = pageWithLink(ctx, items)
        const graph = page.data.map((c) => claimJsonLd(c, view, ctx.base))
        return {
          text: JSON.stringify({ '@context': jsonLdContext, '@graph': graph, meta: page.meta }),
          headers,
        }
      }
      const { include, facets } = q
      return jsonPage(ctx, items, {
        included: include && ((data) => included(include, referencesOf(data, view), view)),
        facets: facets && facetsOf(facets, items, view),
      })
    },
  })
  const one = endpoint({
    path: '/v1/claims/{id}',
    operationId: 'getClaim',
    tag: 'Claims',
    summary: 'Get one claim',
    description:
      'The claim with its evidence, status history and related claims resolved to short summaries; with `include=`, the events it attests, the claims it names (related, or that changed its status) and every actor, place, source and contingent they name, wire agencies included.',
    query: OneClaimQuery,
    params: IdParam,
    formats: ['json', 'jsonld'],
    notFound: true,
    response: {
      schema: ClaimDetailSchema,
      description: 'The claim',
      example: example && claimDetail(example, store.current),
    },
    build(ctx) {
      const id = ctx.params.id
      const view = store.at(ctx.query.as_of, ctx.lang)
      const claim = view.query.claim(id)
      if (!claim) {
        const later = ctx.query.as_of && store.current.query.claim(id)
        return problem(
          ctx.c,
          404,
          later
            ? `Claim "${id}" was not yet made on ${ctx.query.as_of}.`
            : `There is no claim with id "${id}".`,
        )
      }
      if (ctx.format === 'jsonld')
        return { text: JSON.stringify({ '@context': jsonLdContext, ...claimJsonLd(claim, view, ctx.base) }) }
      const detail = claimDetail(claim, view)
      const { include } = ctx.query
      if (!include) return { text: JSON.stringify(detail) }
      const refs = relatedOf([{ type: 'claims', record: claim }], view)
      return { text: JSON.stringify({ ...detail, included: included(include, refs, view) }) }
    },
  })
  return [list, one]
}
