/** @module A typed client for the API, built on Hono's `hc`. */
import { hc } from 'hono/client'
import type { AppType } from './app.ts'

/**
 * Creates a client whose methods mirror the API's routes.
 * @example
 * const api = createClient('http://127.0.0.1:8787')
 * const res = await api.v1.claims.$get()
 * const { data } = await res.json()
 */
export function createClient(baseUrl: string, options?: { fetch?: typeof fetch }) {
  return hc<AppType>(baseUrl, { fetch: options?.fetch })
}

export type Client = ReturnType<typeof createClient>
