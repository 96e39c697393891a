import { createApp } from '../src/app.ts'

/** One app for the suite, with the limiter off so tests can make as many requests as they need. */
export const app = createApp({ rateLimit: false })

export async function getJson(path: string, init?: RequestInit) {
  const res = await app.request(path, init)
  return { res, body: await res.json() }
}
