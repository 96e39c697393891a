/**
 * TypeScript declarations from named JSON Schemas (the subset zod emits), so the package's types need no zod.
 * Each schema becomes `export interface` (objects) or `export type`, with its description as JSDoc.
 */

export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  items?: JsonSchema
  prefixItems?: JsonSchema[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  description?: string
  [keyword: string]: unknown
}

const identifier = /^[A-Za-z_$][\w$]*$/

/** One declaration per named schema, in the order given; `$ref`s name other entries. */
export function declarations(schemas: Record<string, JsonSchema>): string {
  return Object.entries(schemas)
    .map(([name, schema]) => {
      const doc = jsdoc(schema.description, '')
      const body = typeOf(schema, '')
      const isInterface = body.startsWith('{') && objectProperties(schema) !== undefined
      return isInterface
        ? `${doc}export interface ${name} ${body}\n`
        : `${doc}export type ${name} = ${body}\n`
    })
    .join('\n')
}

function objectProperties(schema: JsonSchema) {
  return schema.type === 'object' && schema.properties ? schema.properties : undefined
}

function typeOf(schema: JsonSchema, indent: string): string {
  if (schema.$ref) return schema.$ref.replace(/^#\/\$defs\//, '')
  if (schema.const !== undefined) return JSON.stringify(schema.const)
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ')
  const union = schema.anyOf ?? schema.oneOf
  if (union) return unique(union.map((member) => typeOf(member, indent))).join(' | ')
  if (schema.allOf) return schema.allOf.map((member) => typeOf(member, indent)).join(' & ')
  if (Array.isArray(schema.type)) {
    return schema.type.map((type) => typeOf({ ...schema, type }, indent)).join(' | ')
  }
  switch (schema.type) {
    case 'string':
      return 'string'
    case 'number':
    case 'integer':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'null':
      return 'null'
    case 'array':
      if (schema.prefixItems) return `[${schema.prefixItems.map((s) => typeOf(s, indent)).join(', ')}]`
      return `${parenthesise(typeOf(schema.items ?? {}, indent))}[]`
    case 'object':
      return objectType(schema, indent)
    default:
      return 'unknown'
  }
}

function objectType(schema: JsonSchema, indent: string): string {
  const properties = schema.properties ?? {}
  const inner = `${indent}  `
  const required = new Set(schema.required ?? [])
  const lines = Object.entries(properties).map(([key, property]) => {
    const name = identifier.test(key) ? key : JSON.stringify(key)
    const optional = required.has(key) ? '' : '?'
    return `${jsdoc(property.description, inner)}${inner}${name}${optional}: ${typeOf(property, inner)}`
  })
  const extra = schema.additionalProperties
  if (typeof extra === 'object') lines.push(`${inner}[key: string]: ${typeOf(extra, inner)}`)
  if (lines.length === 0) return extra === false ? 'Record<string, never>' : 'Record<string, unknown>'
  return `{\n${lines.join('\n')}\n${indent}}`
}

function jsdoc(text: string | undefined, indent: string): string {
  if (!text) return ''
  const safe = text.replaceAll('*/', '*\\/')
  return `${indent}/** ${safe} */\n`
}

// Wraps a union or intersection before `[]`; braces nest, so only operators at depth 0 count.
function parenthesise(type: string): string {
  let depth = 0
  for (const char of type) {
    if (char === '{' || char === '(' || char === '[' || char === '<') depth++
    else if (char === '}' || char === ')' || char === ']' || char === '>') depth--
    else if (depth === 0 && (char === '|' || char === '&')) return `(${type})`
  }
  return type
}

function unique(types: string[]): string[] {
  return [...new Set(types)]
}
