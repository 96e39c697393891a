// Starts the built API and dashboard on free loopback ports; tests read WEB_URL and API_URL.
import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const apiEntry = join(dirname(require.resolve('@dprk/api/package.json')), 'dist', 'node.js')
const webEntry = join(import.meta.dirname, '..', 'serve.js')

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function start(entry: string, env: Record<string, string>, readyUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [entry], { env: { ...process.env, ...env }, stdio: 'inherit' })
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`)
    const ok = await fetch(readyUrl).then(
      (res) => res.ok,
      () => false,
    )
    if (ok) return child
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error(`${entry} did not answer ${readyUrl} within 20 s`)
}

export default async function globalSetup() {
  const [apiPort, webPort] = [await freePort(), await freePort()]
  const apiUrl = `http://127.0.0.1:${apiPort}`
  const webUrl = `http://127.0.0.1:${webPort}`
  const api = await start(apiEntry, { PORT: String(apiPort) }, `${apiUrl}/health`)
  const web = await start(webEntry, { PORT: String(webPort), API_URL: apiUrl }, webUrl)
  process.env.API_URL = apiUrl
  process.env.WEB_URL = webUrl
  return () => {
    web.kill('SIGTERM')
    api.kill('SIGTERM')
  }
}
