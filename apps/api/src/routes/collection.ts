import { Hono } from 'hono'
import { problem } from '../problem.ts'

/** A read-only resource: `GET /` lists every record, `GET /:id` answers one or a 404 problem. */
export function collection<T extends { id: string }>(noun: string, records: readonly T[]) {
  const byId = new Map(records.map((record) => [record.id, record]))
  return new Hono()
    .get('/', (c) => c.json({ data: records as T[], meta: { total: records.length } }))
    .get('/:id', (c) => {
      const id = c.req.param('id')
      const record = byId.get(id)
      if (!record) return problem(c, 404, { detail: `There is no ${noun} with id "${id}".` })
      return c.json(record as T, 200)
    })
}
