import { Validator } from '@seriousme/openapi-schema-validator'
import { Document, Spectral } from '@stoplight/spectral-core'
import Parsers from '@stoplight/spectral-parsers'
import { oas } from '@stoplight/spectral-rulesets'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
import { app } from './helpers.ts'

type Schema = Record<string, unknown>
type Operation = {
  parameters?: { name: string; in: string }[]
  responses: Record<string, { content?: Record<string, { schema: Schema; example?: unknown }> }>
}
let doc: { paths: Record<string, { get: Operation }>; components: { schemas: Record<string, Schema> } }
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)

// Component refs point into the document; give ajv the components under one id and point refs at it.
const rebase = (schema: unknown): unknown =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"components#/components/'))
const validatorFor = (schema: Schema) => ajv.compile(rebase(schema) as Schema)

// A real id for each path parameter, so every documented route can be called.
const samples: Record<string, string> = {
  '/v1/claims/{id}': 'nis-special-forces-vladivostok-2024-10',
  '/v1/events/{id}': '2024-08-06-kursk-incursion-begins',
  '/v1/actors/{id}': 'rok-nis',
  '/v1/places/{id}': 'vladivostok',
  '/v1/sources/{id}': 'founding-article',
  '/v1/contingents/{id}': 'engineers-2025',
  '/v1/estimates/{quantityKind}': 'troops-sent',
}

beforeAll(async () => {
  doc = await (await app.request('/openapi.json')).json()
  ajv.addSchema({ $id: 'components', components: doc.components } as Schema)
})

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc as never)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect((doc as unknown as { openapi: string }).openapi).toBe('3.1.0')
  })

  it('documents every resource', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/health',
        '/v1/actors',
        '/v1/actors/{id}',
        '/v1/changes',
        '/v1/claims',
        '/v1/claims/{id}',
        '/v1/contingents',
        '/v1/contingents/{id}',
        '/v1/dataset',
        '/v1/estimates/{quantityKind}',
        '/v1/events',
        '/v1/events/{id}',
        '/v1/overview',
        '/v1/places',
        '/v1/places/{id}',
        '/v1/quantity-kinds',
        '/v1/search',
        '/v1/sources',
        '/v1/sources/{id}',
      ].sort(),
    )
  })

  it('gives every documented example that validates against its schema', () => {
    let checked = 0
    for (const [path, { get }] of Object.entries(doc.paths)) {
      const json = get.responses['200']?.content?.['application/json']
      if (json?.example === undefined) continue
      const validate = validatorFor(json.schema)
      expect(validate(json.example), `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true)
      checked++
    }
    expect(checked).toBeGreaterThanOrEqual(12)
  })

  it('describes the responses every route really sends', async () => {
    for (const [path, { get }] of Object.entries(doc.paths)) {
      const url = path in samples ? path.replace(/\{\w+\}/, samples[path] as string) : path
      const res = await app.request(path === '/v1/search' ? `${url}?q=kursk` : url)
      expect(res.status, url).toBe(200)
      const json = get.responses['200']?.content?.['application/json']
      if (!json) continue
      const validate = validatorFor(json.schema)
      const body = await res.json()
      expect(validate(body), `${url}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
  })

  it('describes the side-loads and facets it sends', async () => {
    const urls = [
      '/v1/claims?limit=5&include=actors,places,sources,contingents&facets=status,kind,claimant,quantity,topic,place,source',
      '/v1/events?limit=5&include=actors,places,claims,sources',
      '/v1/estimates/troops-sent?comparable=false&include=contingents',
      '/v1/claims/nis-special-forces-vladivostok-2024-10?include=events,claims,actors,places,sources,contingents',
      '/v1/actors?limit=500&include=claims,events,actors,places,sources&counts=claimant,via,actor,involving',
      '/v1/actors/rok-nis?include=claims,events,actors,places,sources',
      '/v1/places?include=claims,events,actors,places,sources&counts=place',
      '/v1/places/kursk-oblast?include=claims,events,actors,places,sources',
      '/v1/sources?limit=500&include=claims,actors&counts=source',
      '/v1/sources/founding-article?include=claims,actors',
      '/v1/contingents?include=claims,actors,places,sources,contingents',
      '/v1/contingents/engineers-2025?include=claims,actors,places,sources,contingents',
    ]
    for (const url of urls) {
      const path = new URL(url, 'http://x').pathname
        .replace('troops-sent', '{quantityKind}')
        .replace(/^(\/v1\/\w+\/)[a-z0-9-]+$/, '$1{id}')
      const schema = doc.paths[path]?.get.responses['200']?.content?.['application/json']?.schema as Schema
      const body = await (await app.request(url)).json()
      expect(Object.keys(body.included ?? {}).length, url).toBeGreaterThan(0)
      const validate = validatorFor(schema)
      expect(validate(body), `${url}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
  })

  it('passes the spectral:oas ruleset with no finding at all', async () => {
    const spectral = new Spectral()
    spectral.setRuleset({ extends: [[oas as never, 'recommended']] })
    const findings = await spectral.run(new Document(JSON.stringify(doc), Parsers.Json, 'openapi.json'))
    expect(findings.map((f) => `${f.code} at ${f.path.join('.')}: ${f.message}`)).toEqual([])
  }, 30_000) // spectral loads its rulesets on first use: seconds on a loaded machine

  it('documents lang on every operation and the Content-Language it answers with', () => {
    const operations = Object.entries(doc.paths)
    expect(operations.length).toBeGreaterThanOrEqual(18)
    for (const [path, { get }] of operations) {
      const lang = get.parameters?.find((p) => p.name === 'lang' && p.in === 'query') as
        | { schema: { enum: string[] }; description: string }
        | undefined
      expect(lang?.schema.enum, path).toEqual(['en', 'ko', 'uk'])
      expect(lang?.description, path).toContain('problem details are always in English')
      const headers = (get.responses['200'] as { headers?: Record<string, { schema: unknown }> }).headers
      expect(headers?.['Content-Language']?.schema, path).toEqual({
        type: 'string',
        enum: ['en', 'ko', 'uk'],
      })
      expect(Object.keys(headers ?? {}), path).toContain('Vary')
    }
  })

  it('documents the problem responses', () => {
    const claims = doc.paths['/v1/claims']?.get
    expect(Object.keys(claims?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '304', '400', '406', '429']),
    )
    expect(Object.keys(doc.paths['/v1/claims/{id}']?.get.responses ?? {})).toContain('404')
  })
})

describe('GeoJSON exports', () => {
  it('validate against the FeatureCollection schema the document gives them', async () => {
    const doc = await (await app.request('/openapi.json')).json()
    const schema = doc.paths['/v1/places'].get.responses['200'].content['application/geo+json'].schema
    const ajv = new Ajv2020({ strict: false })
    ajv.addSchema({ $id: 'doc', components: doc.components }, 'doc')
    const resolved = JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"doc#/components'))
    const validate = ajv.compile(resolved)
    for (const path of ['/v1/places?format=geojson', '/v1/events?format=geojson']) {
      const body = await (await app.request(path)).json()
      expect(body.features.length, path).toBeGreaterThan(0)
      expect(validate(body), `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
  })
})
