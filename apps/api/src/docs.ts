/** @module The API reference page: Scalar's standalone build served from our own origin, pinned by the lockfile. */
import { represent } from './http/representation.ts'

/** Where the reference UI's script is served; the file is copied from @scalar/api-reference at build time. */
export const docsScriptPath = '/docs/scalar.js'
const initPath = '/docs/init.js'

/** Everything from our own origin and no inline script; Vue sets inline styles, which style-src must allow. */
export const docsCsp =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dprk-tracker API reference</title>
<link rel="icon" href="data:,">
<meta name="description" content="OpenAPI 3.1 reference for the dprk-tracker API: attributed claims on North Korea's deployment to Russia.">
</head>
<body>
<noscript><p>This reference needs JavaScript. The machine-readable description is at <a href="/openapi.json">/openapi.json</a>.</p></noscript>
<div id="app"></div>
<script src="${docsScriptPath}"></script>
<script src="${initPath}"></script>
</body>
</html>
`

// Fonts from our origin only (the system's), the relative OpenAPI URL, and no calls to Scalar's services.
const init = `Scalar.createApiReference('#app', ${JSON.stringify({
  url: '/openapi.json',
  withDefaultFonts: false,
  hideClientButton: true,
  showDeveloperTools: 'never',
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
})})\n`

const cacheControl = 'public, max-age=300'

/** The page and its start script, serialised once. */
export const docsPage = represent('text/html; charset=utf-8', page, cacheControl, {
  'Content-Security-Policy': docsCsp,
  'Content-Language': 'en',
})
export const docsInit = represent('text/javascript; charset=utf-8', init, cacheControl)
export { initPath as docsInitPath }
