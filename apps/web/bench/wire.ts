// Raw HTTP for measuring and testing delivery: bytes as they crossed the wire (fetch would decode them).
import { request } from 'node:http'

/** A response as sent: status, headers and the undecoded body. */
export interface Wire {
  status: number
  headers: Record<string, string | string[] | undefined>
  /** Content-Encoding, or identity when there was none. */
  encoding: string
  bytes: Buffer
}

/** One request with node:http, without decoding the body. */
export function getRaw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Wire> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          encoding: String(res.headers['content-encoding'] ?? 'identity'),
          bytes: Buffer.concat(chunks),
        }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}
