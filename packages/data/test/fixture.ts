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
translations: { ko: { name: 국장 }, uk: { name: Директор } }
`,
  'actors/nis.yaml': `id: nis
name: NIS
kind: agency
country: KR
translations: { ko: { name: 국정원 }, uk: { name: НРС } }
`,
  'places/kursk.yaml': `id: kursk
name: Kursk
kind: city
country: RU
latitude: 51.717
longitude: 36.183
translations: { ko: { name: 쿠르스크 }, uk: { name: Курськ } }
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
translations: { ko: { statement: 약 1500명이 도착했다. }, uk: { statement: Прибули близько 1500 осіб. } }
`,
  'contingents/wave-a.yaml': `id: wave-a
name: The first wave
kind: combat
arrival: 2024-10
summary: The first troops sent.
translations:
  ko: { name: 1차 파병, summary: 처음 보낸 병력. }
  uk: { name: Перша хвиля, summary: Перші відправлені війська. }
`,
  'events/event-a.yaml': `id: event-a
kind: deployment
title: Arrival
summary: They arrive.
date: 2024-10-0X
places: [kursk]
claims: [claim-a]
translations: { ko: { title: 도착, summary: 도착한다. }, uk: { title: Прибуття, summary: Вони прибувають. } }
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
