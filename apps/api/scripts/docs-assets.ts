// Copies the reference UI's standalone build from the pinned npm package into dist/assets, which the Node server
// reads and Cloudflare serves as static assets: the docs page loads nothing from another origin.
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

// The package exports no ./package.json, so find it where pnpm links it beside this package.
const packageDir = join(import.meta.dirname, '..', 'node_modules', '@scalar', 'api-reference')
const out = join(import.meta.dirname, '..', 'dist', 'assets', 'docs')
mkdirSync(out, { recursive: true })
copyFileSync(join(packageDir, 'dist', 'browser', 'standalone.js'), join(out, 'scalar.js'))
