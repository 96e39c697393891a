import { describe, expect, it } from 'vitest'
import { collectDataset } from '../src/pipeline/collect.ts'
import { formatIssue } from '../src/pipeline/issue.ts'
import { validFiles, writeDataDir } from './fixture.ts'

/** Collects a data tree where `edit` changed some files of the valid fixture. */
async function collect(edit: (files: Record<string, string>) => void = () => {}) {
  const files = validFiles()
  edit(files)
  const result = await collectDataset(await writeDataDir(files))
  return { ...result, messages: result.issues.map(formatIssue) }
}

const replaceIn = (file: string, from: string | RegExp, to: string) => (files: Record<string, string>) => {
  const before = files[file] as string
  files[file] = before.replace(from, to)
  if (files[file] === before) throw new Error(`fixture edit did not apply to ${file}: ${from}`)
}
const claimAt = (field: string) => `data/claims/claim-a.yaml: record "claim-a", field "${field}": `

describe('collectDataset', () => {
  it('builds the dataset, deriving spans, limits and order', async () => {
    const { dataset, messages } = await collect()
    expect(messages).toEqual([])
    const claim = dataset?.claims[0]
    expect(claim?.madeOnSpan).toEqual({ earliest: '2024-10-18', latest: '2024-10-18' })
    expect(claim?.figure).toMatchObject({ lower: null, upper: null })
    expect(claim?.via).toEqual([])
    expect(dataset?.events[0]?.dateSpan).toEqual({ earliest: '2024-10-01', latest: '2024-10-09' })
    expect(dataset?.version).toBe('1.0.0')
  })

  it.each([
    [
      'an invalid EDTF date',
      replaceIn('claims/claim-a.yaml', 'madeOn: 2024-10-18', 'madeOn: 2024-13'),
      'madeOn',
      'not a valid EDTF date: "2024-13"',
    ],
    [
      'an unknown claimant',
      replaceIn('claims/claim-a.yaml', 'claimant: nis', 'claimant: cia'),
      'claimant',
      'refers to unknown actor "cia"',
    ],
    [
      'an unknown evidence source',
      replaceIn('claims/claim-a.yaml', 'source: src-a', 'source: x'),
      'evidence.0.source',
      'refers to unknown source "x"',
    ],
    [
      'an unknown place',
      replaceIn('claims/claim-a.yaml', 'places: [kursk]', 'places: [minsk]'),
      'places.0',
      'refers to unknown place "minsk"',
    ],
    [
      'an unknown history cause',
      replaceIn('claims/claim-a.yaml', 'bySource: src-a', 'byClaim: nope'),
      'history.1.byClaim',
      'refers to unknown claim "nope"',
    ],
    [
      'an empty quote',
      replaceIn('claims/claim-a.yaml', "quote: 'about 1,500 arrived in the east by sea'", "quote: '  '"),
      'evidence.0.quote',
      'Too small: expected string to have >=1 characters',
    ],
    [
      'a "about" figure with a low end',
      replaceIn('claims/claim-a.yaml', 'value: 1500,', 'value: 1500, low: 1000,'),
      'figure.low',
      'a "about" figure takes no low: its limits follow from the value',
    ],
    [
      'an "at-least" figure without a value',
      replaceIn('claims/claim-a.yaml', 'bound: about, value: 1500,', 'bound: at-least,'),
      'figure.value',
      'a "at-least" figure needs a value',
    ],
    [
      'a range whose ends are swapped',
      replaceIn('claims/claim-a.yaml', 'bound: about, value: 1500,', 'bound: range, low: 3000, high: 1000,'),
      'figure.high',
      'must be greater than low (3000)',
    ],
    [
      'a unit that does not fit the quantity',
      replaceIn('claims/claim-a.yaml', 'unit: persons', 'unit: km'),
      'figure.unit',
      '"troops-sent" is counted in persons, not km',
    ],
    [
      'a history out of order',
      replaceIn('claims/claim-a.yaml', 'on: 2024-10-28', 'on: 2024-10-17'),
      'history.1.on',
      '2024-10-17 is before the claim was made (2024-10-18)',
    ],
    [
      'a status that is not where the history ends',
      replaceIn('claims/claim-a.yaml', 'status: corroborated\n', 'status: disputed\n'),
      'status',
      'is "disputed" but the history ends at "corroborated"',
    ],
    [
      'a relation to itself',
      replaceIn(
        'claims/claim-a.yaml',
        'status: corroborated\n',
        'status: corroborated\nrelated: [{ type: supports, claim: claim-a }]\n',
      ),
      'related.0.claim',
      'a claim cannot relate to itself',
    ],
    [
      'a quote of a whole passage',
      replaceIn(
        'claims/claim-a.yaml',
        "quote: 'about 1,500 arrived in the east by sea'",
        `quote: 'about 1,500 arrived ${'word '.repeat(47).trim()}'`,
      ),
      'evidence.0.quote',
      'has 50 words; quote one sentence (≤ 45)',
    ],
    [
      'a figure worded otherwise than in any quote',
      replaceIn('claims/claim-a.yaml', "wording: 'about 1,500'", "wording: 'some 1,500'"),
      'figure.wording',
      `"some 1,500" is in none of the quotes: keep the source's own words`,
    ],
    [
      'a figure without its scope',
      replaceIn('claims/claim-a.yaml', /,\n {4}scope: \{[^}]*\} \}/, ' }'),
      'figure.scope',
      'Invalid input: expected object, received undefined',
    ],
    [
      'a period figure without its period',
      replaceIn('claims/claim-a.yaml', 'extent: cumulative', 'extent: period'),
      'figure.scope.period',
      'a "period" figure needs its period (EDTF)',
    ],
    [
      'a period that is a single date',
      replaceIn('claims/claim-a.yaml', 'extent: cumulative', 'extent: period, period: 2024-10'),
      'figure.scope.period',
      '"2024-10" is one date; a period is an interval (from/to)',
    ],
    [
      'an incident without its date',
      replaceIn('claims/claim-a.yaml', 'extent: cumulative', 'extent: incident'),
      'figure.scope.period',
      'a "incident" figure needs its period (EDTF)',
    ],
    [
      'an unknown contingent',
      replaceIn('claims/claim-a.yaml', 'contingents: all', 'contingents: [wave-z]'),
      'figure.scope.contingents.0',
      'refers to unknown contingent "wave-z"',
    ],
    [
      'an unknown area',
      replaceIn('claims/claim-a.yaml', 'contingents: all', 'contingents: all, area: minsk'),
      'figure.scope.area',
      'refers to unknown place "minsk"',
    ],
    [
      'a computed figure without its basis',
      replaceIn('claims/claim-a.yaml', 'derivation: stated', 'derivation: computed'),
      'figure.basis',
      'a computed figure says how it was computed, and from which claims',
    ],
    [
      'a casualty figure that does not say what it includes',
      replaceIn('claims/claim-a.yaml', 'quantity: troops-sent', 'quantity: casualties'),
      'figure.includes',
      'a "casualties" figure says what it includes (killed, wounded, missing, captured) or "unspecified"',
    ],
    [
      'a claim without its Ukrainian translation',
      replaceIn('claims/claim-a.yaml', ', uk: { statement: Прибули близько 1500 осіб. }', ''),
      'translations.uk',
      'has no Ukrainian translation: add ours',
    ],
    [
      'a claim without its credibility',
      replaceIn('claims/claim-a.yaml', /credibility: .*\n/, ''),
      'credibility',
      'Invalid input: expected object, received undefined',
    ],
    [
      'a person as claimant when they speak for an institution',
      replaceIn('claims/claim-a.yaml', 'claimant: nis', 'claimant: director'),
      'claimant',
      '"director" speaks for "nis": make that the claimant and "director" the speaker',
    ],
    [
      'an institution as speaker',
      replaceIn('claims/claim-a.yaml', 'claimant: nis', 'claimant: nis\nspeaker: nis'),
      'speaker',
      '"nis" is a agency, not a person',
    ],
    [
      'a claim corroborated on sources graded E or F alone',
      replaceIn('sources/src-a.yaml', 'grade: B', 'grade: E'),
      'status',
      'a claim resting only on sources graded E or F cannot be corroborated',
    ],
    [
      'an official confirmation that names no confirming statement',
      replaceIn(
        'claims/claim-a.yaml',
        /status: corroborated\n(history:\n.*\n.*)status: corroborated, bySource: src-a/,
        'status: officially-confirmed\n$1status: officially-confirmed',
      ),
      'history.1.byClaim',
      'official confirmation names the claim in which the government confirms it',
    ],
    [
      'a quote too short to carry the claim',
      replaceIn(
        'claims/claim-a.yaml',
        "quote: 'about 1,500 arrived in the east by sea'",
        "quote: 'about 1,500 arrived'",
      ),
      'evidence.0.quote',
      'has 3 words; quote the whole clause (≥ 6), or mark wholeSentence if that is all the source says',
    ],
    [
      'a quote in another language without our translation',
      (files: Record<string, string>) => {
        replaceIn('sources/src-a.yaml', 'language: en', 'language: ko')(files)
        replaceIn(
          'claims/claim-a.yaml',
          "quote: 'about 1,500 arrived in the east by sea'",
          "quote: 'about 1,500 arrived 약 1,500명이 배로 동부에 도착했다'",
        )(files)
      },
      'evidence.0.translation',
      'the quote is in "ko": add our English translation',
    ],
    [
      'a stated figure whose words are in no quote, computed being the only exception',
      replaceIn('claims/claim-a.yaml', "wording: 'about 1,500'", "wording: 'some 1,500'"),
      'figure.wording',
      `"some 1,500" is in none of the quotes: keep the source's own words`,
    ],
  ])('rejects %s, naming file, record and field', async (_, edit, field, message) => {
    const { dataset, messages } = await collect(edit)
    expect(dataset).toBeUndefined()
    expect(messages).toEqual([`${claimAt(field)}${message}`])
  })

  it('rejects an event attested by an unknown claim', async () => {
    const { messages } = await collect(
      replaceIn('events/event-a.yaml', 'claims: [claim-a]', 'claims: [claim-z]'),
    )
    expect(messages).toEqual([
      'data/events/event-a.yaml: record "event-a", field "claims.0": refers to unknown claim "claim-z"',
    ])
  })

  it('rejects an event attested by no claim', async () => {
    const { messages } = await collect(replaceIn('events/event-a.yaml', 'claims: [claim-a]', 'claims: []'))
    expect(messages).toEqual([
      expect.stringMatching(/^data\/events\/event-a.yaml: record "event-a", field "claims": /),
    ])
  })

  it('rejects a source without a reliability grade', async () => {
    const { messages } = await collect(replaceIn('sources/src-a.yaml', /reliability: .*\n/, ''))
    expect(messages).toEqual([
      expect.stringMatching(/^data\/sources\/src-a.yaml: record "src-a", field "reliability": /),
    ])
  })

  it('rejects a source URL that is not percent-encoded as a browser sends it', async () => {
    const { messages } = await collect(
      replaceIn(
        'sources/src-a.yaml',
        'language: en',
        'url: https://example.org/North_Korean–Russian\nlanguage: en',
      ),
    )
    expect(messages).toEqual([
      'data/sources/src-a.yaml: record "src-a", field "url": write it as a browser sends it: https://example.org/North_Korean%E2%80%93Russian',
    ])
  })

  it('rejects a changelog whose newest entry is not the version, or that lists a version twice', async () => {
    const { messages } = await collect(
      replaceIn(
        'dataset.yaml',
        '  - { version: 1.0.0',
        '  - { version: 0.9.0, date: 2025-12-01, changes: [Beta.] }\n  - { version: 0.9.0, date: 2025-11-01, changes: [Alpha.] }\n  - { version: 1.0.0',
      ),
    )
    expect(messages).toEqual([
      'data/dataset.yaml: record "dataset", field "changelog.1.version": 0.9.0 is listed twice',
    ])
    const { messages: newest } = await collect(
      replaceIn('dataset.yaml', '  - { version: 1.0.0', '  - { version: 0.9.0'),
    )
    expect(newest).toEqual([
      'data/dataset.yaml: record "dataset", field "changelog.0.version": is 0.9.0; the newest entry must be 1.0.0',
    ])
  })

  it('rejects a dataset version that differs from the package version', async () => {
    const result = await collectDataset(await writeDataDir(validFiles()), { packageVersion: '1.0.1' })
    expect(result.issues.map(formatIssue)).toEqual([
      'data/dataset.yaml: record "dataset", field "version": is 1.0.0 but package.json says 1.0.1: release both as one number',
    ])
  })

  it('accepts a short quote marked as the whole sentence, and a computed figure without its words in a quote', async () => {
    const { messages } = await collect((files) => {
      replaceIn(
        'claims/claim-a.yaml',
        "quote: 'about 1,500 arrived in the east by sea' }",
        "quote: 'about 1,500 arrived', wholeSentence: true }",
      )(files)
    })
    expect(messages).toEqual([])
    const { messages: computed } = await collect(
      replaceIn(
        'claims/claim-a.yaml',
        "wording: 'about 1,500', derivation: stated",
        "wording: 'half of 3,000', derivation: computed, basis: { method: 'half of 3,000', claims: [claim-a] }",
      ),
    )
    expect(computed).toEqual([])
  })

  it('rejects a quoted source that does not say when we read it', async () => {
    const { messages } = await collect(replaceIn('sources/src-a.yaml', /retrieved: .*\n/, ''))
    expect(messages).toEqual([
      'data/sources/src-a.yaml: record "src-a", field "retrieved": a quoted source says the day we read it',
    ])
  })

  it('requires the file name to equal the id', async () => {
    const { messages } = await collect((files) => {
      files['actors/other.yaml'] = (files['actors/nis.yaml'] as string).replace('id: nis', 'id: nis-2')
    })
    expect(messages).toEqual([
      'data/actors/other.yaml: record "nis-2", field "id": must equal the file name "other"',
    ])
  })

  it('rejects unknown fields instead of dropping them', async () => {
    const { messages } = await collect(
      replaceIn('claims/claim-a.yaml', 'status: corroborated\n', 'status: corroborated\ncertainty: high\n'),
    )
    expect(messages).toEqual([
      expect.stringMatching(/^data\/claims\/claim-a.yaml: record "claim-a": .*certainty/),
    ])
  })

  it('reports YAML syntax errors and a missing dataset.yaml with the file', async () => {
    const { messages } = await collect((files) => {
      files['claims/claim-a.yaml'] = 'id: [unclosed\n'
      delete files['dataset.yaml']
    })
    expect(messages).toContainEqual(expect.stringMatching(/^data\/claims\/claim-a.yaml: is not valid YAML: /))
    expect(messages).toContainEqual(expect.stringMatching(/^data\/dataset.yaml: is missing: /))
  })

  it('reports every problem of every file at once', async () => {
    const { messages } = await collect((files) => {
      replaceIn('claims/claim-a.yaml', 'claimant: nis', 'claimant: x')(files)
      replaceIn('actors/nis.yaml', 'kind: agency', 'kind: planet')(files)
      replaceIn('places/kursk.yaml', 'latitude: 51.717', 'latitude: 151.717')(files)
    })
    expect(messages.map((m) => m.split(': ')[0])).toEqual([
      'data/actors/nis.yaml',
      'data/places/kursk.yaml',
      'data/claims/claim-a.yaml',
    ])
  })
})
