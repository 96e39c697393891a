import { z } from 'zod'
import { authoringSchemas, inputTypes, outputTypes } from '../schema/named.ts'
import { declarations, type JsonSchema } from './declarations.ts'

type Named = Record<string, z.ZodType>

/** The emitted record types, one JSON Schema file each (`schema/<type>.schema.json`). */
export const emittedSchemas = {
  claim: outputTypes.Claim,
  event: outputTypes.Event,
  source: outputTypes.Source,
  actor: outputTypes.Actor,
  place: outputTypes.Place,
  contingent: outputTypes.Contingent,
  dataset: outputTypes.Dataset,
} satisfies Named

/** JSON Schema of a record as emitted (draft 2020-12), standalone: no references to other files. */
export function emittedJsonSchema(type: z.ZodType, title: string, comment: string): object {
  return { ...z.toJSONSchema(type, { io: 'output', unrepresentable: 'any' }), title, $comment: comment }
}

/**
 * JSON Schema of a YAML file as a contributor writes it (draft-07, which every YAML editor reads):
 * defaults are optional, derived fields absent.
 */
export function authoringJsonSchema(name: keyof typeof authoringSchemas, comment: string): object {
  const schema = z.toJSONSchema(authoringSchemas[name], {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
  })
  return {
    ...schema,
    title: `data/${name === 'dataset' ? 'dataset.yaml' : `${name}s/<id>.yaml`}`,
    $comment: comment,
  }
}

/** TypeScript declarations of every public type, made from the zod schemas, so consumers need no zod. */
export function typeDeclarations(header: string): string {
  const emitted = namedJsonSchemas(outputTypes, 'output')
  const authored = namedJsonSchemas(inputTypes, 'input')
  // The vocabularies are in both lists and read the same either way: declare them once.
  for (const name of Object.keys(emitted)) delete authored[name]
  return `${header}\n${declarations({ ...emitted, ...authored })}`
}

function namedJsonSchemas(types: Named, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(types)) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, { io, unrepresentable: 'any' })
  const ordered: Record<string, JsonSchema> = {}
  for (const id of Object.keys(types)) ordered[id] = schemas[id] as JsonSchema
  return ordered
}
