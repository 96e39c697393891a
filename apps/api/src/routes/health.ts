import { dataset } from '@dprk/data'
import { Hono } from 'hono'

export const health = new Hono().get('/', (c) => c.json({ status: 'ok' as const, dataset: dataset.version }))
