// Starts the built API and dashboard on free loopback ports; tests read WEB_URL and API_URL.
import { apiEntry, freePort, startNode as start, webEntry } from './servers.ts'

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
