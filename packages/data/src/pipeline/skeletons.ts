/**
 * Skeleton records for `pnpm --filter @dprk/data new`. What only a contributor can know is left blank, so the
 * build names each field until it is filled; the modeline gives YAML editors the authoring schema.
 */

interface Skeleton {
  yaml: (id: string) => string
  fill: string[]
}

const modeline = (type: string) =>
  `# yaml-language-server: $schema=../../generated/schema/authoring/${type}.schema.json\n`

export const skeletons = {
  claim: {
    yaml: (id) => `${modeline('claim')}id: ${id}
kind: report # report | estimate | official-statement | denial | analysis
statement: '' # our own one-sentence paraphrase of what is claimed
claimant: '' # actor id of the institution that asserts it (data/actors/)
via: [] # actor ids of who relayed it, nearest the claimant first
madeOn: '' # EDTF: when the claimant said it, as precise as the source (2024-12-0X = early December)
places: []
actors: []
# figure: # only when the claim has a number
#   quantity: killed # see quantityKinds in src/quantity-kinds.ts
#   unit: persons
#   bound: about # as the quoted sentence words it: exact | about | nearly | at-least | more-than | up-to | at-most | range | vague
#   value: 0
#   wording: '' # the number as the quote words it, e.g. "as many as 1,000"
#   scope:
#     extent: cumulative # cumulative | period | incident | snapshot
#     contingents: all # or a list of ids from data/contingents/
#     modality: actual # actual | planned | expected | projected
#   derivation: stated # or computed, with basis: { method: '', claims: [] }
evidence:
  - source: '' # source id (data/sources/); add a new page with \`new source\`
    quote: '' # one sentence, verbatim, 6 to 45 words, in the source's language
    # translation: '' # our English translation, when the quote is not in English
status: reported
history:
  - { on: '', status: reported } # the same day as madeOn
credibility:
  grade: 6 # Admiralty: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged
  reason: '' # one line saying why
topics: []
translations: # ours, never the sources' words
  ko: { statement: '' }
  uk: { statement: '' }
`,
    fill: [
      'statement, claimant (an actor id) and via (the relays, if any)',
      'madeOn, and history[0].on the same day',
      'evidence: the source id and one verbatim sentence from it',
      'figure, if the claim has a number: its wording must appear in the quote; its scope says what it counts',
      'credibility: a grade and one line saying why',
      'translations: our Korean and Ukrainian statement',
      'where it revises an older claim: related: [{ type: supersedes, claim: <old id> }] here, and a history entry ' +
        '{ on: <date>, status: superseded, byClaim: <this id> } plus status: superseded in the old claim',
    ],
  },
  source: {
    yaml: (id) => `${modeline('source')}id: ${id}
kind: news-report # news-report | official-statement | intelligence-briefing | state-media | analysis | reference
title: '' # the page's own title, as it shows it
publisher: ''
url: '' # exactly as found, percent-encoded
published: '' # EDTF
retrieved: '' # the day you read the page, YYYY-MM-DD
language: en # BCP 47 tag of the text quoted
reliability:
  grade: '' # A completely reliable … E unreliable, F cannot be judged
  reason: '' # one line saying why
`,
    fill: [
      'title, publisher and url of the page',
      'published (EDTF), retrieved (the day you read it) and language',
      'syndicates: the wire agency (an actor id), if the page carries its copy',
      'reliability grade and reason',
    ],
  },
  actor: {
    yaml: (id) => `${modeline('actor')}id: ${id}
name: ''
kind: '' # state | person | agency | armed-force | unit | media | organisation | officials
# country: KR # ISO 3166-1 alpha-2
# affiliation: '' # actor id of the body it belongs to
# role: '' # for a person: the office held when quoted
`,
    fill: [
      'name and kind',
      'country, affiliation and role where they apply',
      'translations: the usual Korean and Ukrainian spelling of the name',
    ],
  },
  place: {
    yaml: (id) => `${modeline('place')}id: ${id}
name: ''
kind: '' # city | town | region | country | port | site
country: '' # ISO 3166-1 alpha-2
# latitude: 0 # WGS 84, only where a source gives it; with longitude
# longitude: 0
`,
    fill: [
      'name, kind and country',
      'latitude and longitude together, with a note saying where they come from',
      'translations: the usual Korean and Ukrainian spelling of the name',
    ],
  },
  contingent: {
    yaml: (id) => `${modeline('contingent')}id: ${id}
name: ''
kind: '' # special-forces | combat | reinforcement | engineers | construction | other
arrival: '' # EDTF
summary: '' # who they are and what sources say they did
places: []
translations: # ours, never the sources' words
  ko: { name: '', summary: '' }
  uk: { name: '', summary: '' }
`,
    fill: [
      'name, kind, arrival (EDTF) and summary',
      'then name it in the scope.contingents of the figures that count it',
      'translations: our Korean and Ukrainian name and summary',
    ],
  },
  event: {
    yaml: (id) => `${modeline('event')}id: ${id}
kind: '' # treaty | diplomacy | deployment | combat | casualty-report | capture | withdrawal | statement
title: ''
summary: '' # what happened; numbers belong in the claims
date: '' # EDTF covering the whole span the event means
places: []
actors: []
claims: [] # ids of the claims that attest it
topics: []
translations: # ours, never the sources' words
  ko: { title: '', summary: '' }
  uk: { title: '', summary: '' }
`,
    fill: [
      'kind, title, summary and date (EDTF)',
      'claims: at least one claim that attests it',
      'translations: our Korean and Ukrainian title and summary',
    ],
  },
} satisfies Record<string, Skeleton>
