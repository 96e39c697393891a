/** @module CSV columns for each record type: the same files the data package ships and the API serves. */
import type { Actor, Claim, Contingent, Event, Evidence, Place, Source } from '../generated/types.js'
import { type TranslatedLanguage, translatedLanguages } from './languages.ts'

type Cell = string | number | boolean | null | undefined
/** The tables of the data package, each a CSV file `csv/<table>.csv`. */
export type CsvTable = 'claims' | 'evidence' | 'events' | 'sources' | 'actors' | 'places' | 'contingents'

/**
 * A column: its header, a one-line description, how to read it from a record, and, for an id, the table it
 * refers to. A `list` cell joins its values with {@link listDelimiter}.
 */
export interface CsvColumn<T> {
  name: string
  description: string
  type: 'string' | 'number' | 'boolean' | 'date' | 'list'
  get: (record: T) => Cell
  references?: CsvTable
}

/** What joins the values of a `list` cell. */
export const listDelimiter = ';'

const list = (values: readonly string[]) => values.join(listDelimiter)
const col = <T>(
  name: string,
  type: CsvColumn<T>['type'],
  description: string,
  get: CsvColumn<T>['get'],
  references?: CsvTable,
): CsvColumn<T> => ({ name, type, description, get, ...(references && { references }) })

const languageNames: Record<TranslatedLanguage, string> = { ko: 'Korean', uk: 'Ukrainian' }

type Translatable = { translations?: { [L in TranslatedLanguage]?: Record<string, string> } }

// One column per translated language after a translatable one, e.g. statement_ko, statement_uk.
const translations = (field: string, what: string): CsvColumn<Translatable>[] =>
  translatedLanguages.map((lang) =>
    col(
      `${field}_${lang}`,
      'string',
      `Our ${languageNames[lang]} translation of the ${what}; empty where there is none yet`,
      (record: Translatable) => record.translations?.[lang]?.[field],
    ),
  )
// In the package's files a translatable column is English; an API export in ko or uk has that language there.
const inLanguage = ', in English (an API export asked for in ko or uk: in that language where translated)'

/** Claims: one row per claim; lists are joined with ";"; only the first evidence quote is included. */
export const claimColumns: CsvColumn<Claim>[] = [
  col('id', 'string', 'Stable claim id', (c) => c.id),
  col('kind', 'string', 'report, estimate, official-statement, denial or analysis', (c) => c.kind),
  col('statement', 'string', `Our paraphrase of what is claimed${inLanguage}`, (c) => c.statement),
  ...translations('statement', 'statement'),
  col('claimant', 'string', 'Actor id of the institution that asserts it', (c) => c.claimant, 'actors'),
  col('speaker', 'string', 'Actor id of the person who spoke for it', (c) => c.speaker, 'actors'),
  col('via', 'list', 'Relay chain of actor ids, nearest the claimant first', (c) => list(c.via)),
  col('hedge', 'string', 'How the source hedges it', (c) => c.hedge),
  col('made_on', 'string', 'EDTF: when it was asserted', (c) => c.madeOn),
  col('made_on_earliest', 'date', 'First day made_on can mean', (c) => c.madeOnSpan.earliest),
  col('made_on_latest', 'date', 'Last day made_on can mean', (c) => c.madeOnSpan.latest),
  col('about', 'string', 'EDTF: the time it refers to', (c) => c.about),
  col('about_earliest', 'date', 'First day about can mean', (c) => c.aboutSpan?.earliest),
  col('about_latest', 'date', 'Last day about can mean', (c) => c.aboutSpan?.latest),
  col('quantity', 'string', 'What the figure counts', (c) => c.figure?.quantity),
  col('unit', 'string', 'Unit of the figure', (c) => c.figure?.unit),
  col('bound', 'string', 'The bound as the source words it', (c) => c.figure?.bound),
  col('value', 'number', 'Point value', (c) => c.figure?.value),
  col('low', 'number', 'Low end of a range', (c) => c.figure?.low),
  col('high', 'number', 'High end of a range', (c) => c.figure?.high),
  col('lower', 'number', 'Derived lower limit', (c) => c.figure?.lower?.value),
  col('lower_inclusive', 'boolean', 'Whether the lower limit is included', (c) => c.figure?.lower?.inclusive),
  col('upper', 'number', 'Derived upper limit', (c) => c.figure?.upper?.value),
  col('upper_inclusive', 'boolean', 'Whether the upper limit is included', (c) => c.figure?.upper?.inclusive),
  col('wording', 'string', 'The number as the source words it', (c) => c.figure?.wording),
  col('includes', 'list', 'For casualties: what the count includes, or "unspecified"', (c) =>
    typeof c.figure?.includes === 'string' ? c.figure.includes : list(c.figure?.includes ?? []),
  ),
  col('extent', 'string', 'cumulative, period, incident or snapshot', (c) => c.figure?.scope.extent),
  col(
    'period',
    'string',
    'EDTF: the counting window of a period, or the date of an incident',
    (c) => c.figure?.scope.period,
  ),
  col(
    'area',
    'string',
    'Where it is counted: a place id or an ISO country code',
    (c) => c.figure?.scope.area,
  ),
  col('contingents', 'list', '"all", or the ids of the contingents it counts', (c) => {
    const contingents = c.figure?.scope.contingents
    return typeof contingents === 'string' ? contingents : list(contingents ?? [])
  }),
  col('modality', 'string', 'actual, planned, expected or projected', (c) => c.figure?.scope.modality),
  col('derivation', 'string', 'stated by the source, or computed by us', (c) => c.figure?.derivation),
  col('basis', 'string', 'For a computed figure: how it was computed', (c) => c.figure?.basis?.method),
  col(
    'credibility',
    'number',
    'Admiralty credibility 1 (confirmed) to 6 (cannot be judged)',
    (c) => c.credibility.grade,
  ),
  col('credibility_reason', 'string', 'Why that credibility', (c) => c.credibility.reason),
  col('status', 'string', 'Current status', (c) => c.status),
  col('topics', 'list', 'Topics', (c) => list(c.topics)),
  col('places', 'list', 'Place ids', (c) => list(c.places)),
  col('actors', 'list', 'Actor ids the claim is about', (c) => list(c.actors)),
  col('sources', 'list', 'Source ids of the evidence', (c) => list(c.evidence.map((e) => e.source))),
  col('quote', 'string', 'The first verbatim evidence quote', (c) => c.evidence.find((e) => e.quote)?.quote),
]

/** One row per piece of evidence: every quote of every claim, with the source it is from. */
export interface EvidenceRow {
  claim: Claim
  evidence: Evidence
}

/** The evidence rows of some claims, in claim order and then as listed in each claim. */
export const evidenceRows = (claims: readonly Claim[]): EvidenceRow[] =>
  claims.flatMap((claim) => claim.evidence.map((evidence) => ({ claim, evidence })))

export const evidenceColumns: CsvColumn<EvidenceRow>[] = [
  col('claim', 'string', 'Id of the claim it supports', (r) => r.claim.id, 'claims'),
  col('source', 'string', 'Id of the source quoted or cited', (r) => r.evidence.source, 'sources'),
  col(
    'quote',
    'string',
    'The sentence quoted verbatim; empty when the source is cited only',
    (r) => r.evidence.quote,
  ),
  col(
    'translation',
    'string',
    'Our English translation of a quote in another language',
    (r) => r.evidence.translation,
  ),
  col('locator', 'string', 'Where in the source', (r) => r.evidence.locator),
]

export const eventColumns: CsvColumn<Event>[] = [
  col('id', 'string', 'Stable event id', (e) => e.id),
  col('kind', 'string', 'Event kind', (e) => e.kind),
  col('title', 'string', `Title${inLanguage}`, (e) => e.title),
  ...translations('title', 'title'),
  col('summary', 'string', `Summary${inLanguage}`, (e) => e.summary),
  ...translations('summary', 'summary'),
  col('date', 'string', 'EDTF date or interval', (e) => e.date),
  col('date_earliest', 'date', 'First day the date can mean', (e) => e.dateSpan.earliest),
  col('date_latest', 'date', 'Last day the date can mean', (e) => e.dateSpan.latest),
  col('places', 'list', 'Place ids', (e) => list(e.places)),
  col('actors', 'list', 'Actor ids', (e) => list(e.actors)),
  col('claims', 'list', 'Ids of the claims that attest it', (e) => list(e.claims)),
  col('topics', 'list', 'Topics', (e) => list(e.topics)),
]

export const sourceColumns: CsvColumn<Source>[] = [
  col('id', 'string', 'Stable source id', (s) => s.id),
  col('kind', 'string', 'Source kind', (s) => s.kind),
  col('title', 'string', 'Title', (s) => s.title),
  col('publisher', 'string', 'Publisher, when known', (s) => s.publisher),
  col('author', 'string', 'Author, when known', (s) => s.author),
  col('url', 'string', 'URL', (s) => s.url),
  col('published', 'string', 'EDTF publication date', (s) => s.published),
  col('published_earliest', 'date', 'First day published can mean', (s) => s.publishedSpan.earliest),
  col('published_latest', 'date', 'Last day published can mean', (s) => s.publishedSpan.latest),
  col('language', 'string', 'BCP 47 language tag', (s) => s.language),
  col(
    'syndicates',
    'string',
    'For wire copy: actor id of the agency whose story it carries',
    (s) => s.syndicates,
    'actors',
  ),
  col('grade', 'string', 'NATO/Admiralty reliability grade A–F', (s) => s.reliability.grade),
  col('grade_reason', 'string', 'Why that grade', (s) => s.reliability.reason),
]

export const actorColumns: CsvColumn<Actor>[] = [
  col('id', 'string', 'Stable actor id', (a) => a.id),
  col('name', 'string', `Name${inLanguage}`, (a) => a.name),
  ...translations('name', 'name'),
  col('kind', 'string', 'Actor kind', (a) => a.kind),
  col('country', 'string', 'ISO 3166-1 alpha-2', (a) => a.country),
  col('affiliation', 'string', 'Actor id of the body it belongs to', (a) => a.affiliation, 'actors'),
  col('role', 'string', 'Office held when quoted', (a) => a.role),
  col('wikidata', 'string', 'Wikidata QID', (a) => a.wikidata),
]

export const contingentColumns: CsvColumn<Contingent>[] = [
  col('id', 'string', 'Stable contingent id', (c) => c.id),
  col('name', 'string', `Name${inLanguage}`, (c) => c.name),
  ...translations('name', 'name'),
  col('kind', 'string', 'What it was sent to do', (c) => c.kind),
  col('arrival', 'string', 'EDTF: when it arrived', (c) => c.arrival),
  col('arrival_earliest', 'date', 'First day arrival can mean', (c) => c.arrivalSpan.earliest),
  col('arrival_latest', 'date', 'Last day arrival can mean', (c) => c.arrivalSpan.latest),
  col('part_of', 'string', 'Id of the contingent it is part of', (c) => c.partOf, 'contingents'),
  col('summary', 'string', `Who they are${inLanguage}`, (c) => c.summary),
  ...translations('summary', 'summary'),
  col('places', 'list', 'Place ids', (c) => list(c.places)),
  col('claims', 'list', 'Ids of the claims whose figures count it', (c) => list(c.claims)),
]

export const placeColumns: CsvColumn<Place>[] = [
  col('id', 'string', 'Stable place id', (p) => p.id),
  col('name', 'string', `Name${inLanguage}`, (p) => p.name),
  ...translations('name', 'name'),
  col('kind', 'string', 'Place kind', (p) => p.kind),
  col('country', 'string', 'ISO 3166-1 alpha-2', (p) => p.country),
  col('latitude', 'number', 'WGS 84 latitude', (p) => p.latitude),
  col('longitude', 'number', 'WGS 84 longitude', (p) => p.longitude),
  col('wikidata', 'string', 'Wikidata QID', (p) => p.wikidata),
]

// A text cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection).
const formulaStart = /^[=+\-@\t\r]/

function cell(value: Cell): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' && formulaStart.test(value) ? `'${value}` : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** RFC 4180 CSV (CRLF line ends) with a header row. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], records: readonly T[]): string {
  const rows = [columns.map((c) => cell(c.name)).join(',')]
  for (const record of records) rows.push(columns.map((c) => cell(c.get(record))).join(','))
  return `${rows.join('\r\n')}\r\n`
}
