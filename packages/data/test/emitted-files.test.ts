import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { readCsv } from './read-csv.ts'

const root = join(import.meta.dirname, '..')
const generated = join(root, 'generated')
const readJson = (path: string) => JSON.parse(readFileSync(join(generated, path), 'utf8'))
const dataset = readJson('dataset.json')

/** Each record type with its folder under data/ and its list in dataset.json. */
const recordTypes = [
  ['claim', 'claims'],
  ['event', 'events'],
  ['source', 'sources'],
  ['actor', 'actors'],
  ['place', 'places'],
  ['contingent', 'contingents'],
]

const emitted = addFormats.default(new Ajv2020({ allErrors: true, strict: false }))
const authoring = addFormats.default(new Ajv({ allErrors: true, strict: false }))

describe('the emitted JSON Schemas', () => {
  it('accept the whole dataset.json', () => {
    const validate = emitted.compile(readJson('schema/dataset.schema.json'))
    expect(validate(dataset), emitted.errorsText(validate.errors)).toBe(true)
  })

  it.each(recordTypes)('accept every %s of the dataset', (type, list) => {
    const validate = emitted.compile(readJson(`schema/${type}.schema.json`))
    for (const record of dataset[list]) {
      expect(validate(record), `${record.id}: ${emitted.errorsText(validate.errors)}`).toBe(true)
    }
  })

  it('reject a record the build would reject', () => {
    const validate = emitted.compile(readJson('schema/claim.schema.json'))
    const claim = structuredClone(dataset.claims[0])
    claim.figure = { ...claim.figure, bound: 'roughly' }
    claim.certainty = 'high'
    expect(validate(claim)).toBe(false)
  })
})

describe('the authoring JSON Schemas', () => {
  it.each(recordTypes)('accept every data/%ss file as written', (type, folder) => {
    const validate = authoring.compile(readJson(`schema/authoring/${type}.schema.json`))
    const dir = join(root, 'data', folder)
    for (const file of readdirSync(dir)) {
      const record = parseYaml(readFileSync(join(dir, file), 'utf8'))
      expect(validate(record), `${folder}/${file}: ${authoring.errorsText(validate.errors)}`).toBe(true)
    }
  })

  it('accept data/dataset.yaml and reject derived fields in a claim file', () => {
    const meta = authoring.compile(readJson('schema/authoring/dataset.schema.json'))
    expect(meta(parseYaml(readFileSync(join(root, 'data', 'dataset.yaml'), 'utf8')))).toBe(true)
    const claim = authoring.compile(readJson('schema/authoring/claim.schema.json'))
    const { relatedBy, madeOnSpan, ...authored } = dataset.claims[0]
    expect(claim({ ...authored, madeOnSpan })).toBe(false)
    expect(relatedBy).toBeDefined()
  })
})

describe('datapackage.json (Data Package v2)', () => {
  const descriptor = readJson('datapackage.json')
  const tables = Object.fromEntries(
    descriptor.resources.map((r: { name: string; path: string }) => [
      r.name,
      readCsv(readFileSync(join(generated, r.path), 'utf8')),
    ]),
  ) as Record<string, string[][]>

  it('declares the v2 profile, the version and a full creation time', () => {
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json')
    expect(descriptor.version).toBe(dataset.version)
    expect(new Date(descriptor.created).toISOString()).toBe(`${dataset.released}T00:00:00.000Z`)
  })

  it('describes each CSV column in order, with one row per record', () => {
    for (const resource of descriptor.resources) {
      const [header, ...rows] = tables[resource.name] ?? []
      expect(header, resource.name).toEqual(resource.schema.fields.map((f: { name: string }) => f.name))
      for (const row of rows) expect(row.length, resource.name).toBe(header?.length)
    }
    expect(tables.claims?.length).toBe(dataset.claims.length + 1)
    const quotes = dataset.claims.flatMap((c: { evidence: unknown[] }) => c.evidence).length
    expect(tables.evidence?.length).toBe(quotes + 1)
  })

  it('has foreign keys that every row satisfies', () => {
    const column = (table: string, name: string) => {
      const [header = [], ...rows] = tables[table] ?? []
      const i = header.indexOf(name)
      return rows.map((row) => row[i] ?? '')
    }
    let checked = 0
    for (const resource of descriptor.resources) {
      for (const fk of resource.schema.foreignKeys) {
        const target = fk.reference.resource ?? resource.name
        const ids = new Set(column(target, 'id'))
        for (const value of column(resource.name, fk.fields[0])) {
          if (value !== '') expect(ids.has(value), `${resource.name}.${fk.fields[0]} = ${value}`).toBe(true)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(dataset.claims.length)
  })

  it('types list columns with their delimiter, so they split into the values', () => {
    const claims = descriptor.resources.find((r: { name: string }) => r.name === 'claims')
    const via = claims.schema.fields.find((f: { name: string }) => f.name === 'via')
    expect(via).toMatchObject({ type: 'list', delimiter: ';', itemType: 'string' })
    const [header = [], ...rows] = tables.claims ?? []
    const i = header.indexOf('via')
    const relayed = dataset.claims.findIndex((c: { via: string[] }) => c.via.length > 1)
    expect(rows[relayed]?.[i]?.split(via.delimiter)).toEqual(dataset.claims[relayed].via)
  })
})
