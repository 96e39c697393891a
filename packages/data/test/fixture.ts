import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A minimal valid data/ tree: one record of each type. Tests break one field at a time. */
export const validFiles = (): Record<string, string> => ({
  'dataset.yaml': `version: 1.0.0
released: 2026-01-01
changelog:
  - { version: 1.0.0, date: 2026-01-01, changes: [First release.] }
`,
  'sources/src-a.yaml': `id: src-a
kind: news-report
title: A report
published: 2025-01-22
retrieved: 2026-01-02
language: en
reliability: { grade: B, reason: Wire copy quoting a named official. }
`,
  'actors/director.yaml': `id: director
name: The director
kind: person
affiliation: nis
`,
  'actors/nis.yaml': `id: nis
name: NIS
kind: agency
country: KR
`,
  'places/kursk.yaml': `id: kursk
name: Kursk
kind: city
country: RU
latitude: 51.717
longitude: 36.183
`,
  'claims/claim-a.yaml': `id: claim-a
kind: estimate
statement: About 1,500 arrived.
claimant: nis
madeOn: 2024-10-18
places: [kursk]
figure:
  { quantity: troops-sent, unit: persons, bound: about, value: 1500, wording: 'about 1,500', derivation: stated,
    scope: { extent: cumulative, contingents: all, modality: actual } }
evidence:
  - { source: src-a, quote: 'about 1,500 arrived in the east by sea' }
status: corroborated
history:
  - { on: 2024-10-18, status: reported }
  - { on: 2024-10-28, status: corroborated, bySource: src-a }
credibility: { grade: 2, reason: Two sources agree. }
`,
  'contingents/wave-a.yaml': `id: wave-a
name: The first wave
kind: combat
arrival: 2024-10
summary: The first troops sent.
`,
  'events/event-a.yaml': `id: event-a
kind: deployment
title: Arrival
summary: They arrive.
date: 2024-10-0X
places: [kursk]
claims: [claim-a]
`,
})

/** Writes `files` as a data/ folder in a fresh temp directory and returns that data/ path. */
export async function writeDataDir(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'dprk-data-'))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, 'data', path, '..'), { recursive: true })
    await writeFile(join(root, 'data', path), text)
  }
  return join(root, 'data')
}
