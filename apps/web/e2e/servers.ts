// Starting the built API and dashboard as real processes on free loopback ports (browser tests, bench).
import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
/** The built Node entry of @dprk/api. */
export const apiEntry = join(dirname(require.resolve('@dprk/api/package.json')), 'dist', 'node.js')
/** The dashboard's production server. */
export const webEntry = join(import.meta.dirname, '..', 'serve.js')

/** A free loopback port: bind to 0, read it, release it. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Runs a Node entry with extra environment and waits until `readyUrl` answers (any HTTP status). */
export async function startNode(
  entry: string,
  env: Record<string, string>,
  readyUrl: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [entry], { env: { ...process.env, ...env }, stdio: 'inherit' })
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`)
    if (
      await fetch(readyUrl).then(
        () => true,
        () => false,
      )
    )
      return child
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error(`${entry} did not answer ${readyUrl} within 20 s`)
}
