import { sveltekit } from '@sveltejs/kit/vite'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

// Native addons cannot be bundled for Workers; there their import fails, and the code that uses them says so.
const nodeOnly = ['@resvg/resvg-js']
const unavailable = '\0node-only:'

/** In the Workers build (ADAPTER=cloudflare), Node-only packages become modules that throw when imported. */
function nodeOnlyOnWorkers(): Plugin {
  return {
    name: 'dprk:node-only-on-workers',
    enforce: 'pre',
    apply: () => process.env.ADAPTER === 'cloudflare',
    resolveId: (id) => (nodeOnly.includes(id) ? unavailable + id : undefined),
    load: (id) =>
      id.startsWith(unavailable)
        ? `throw new Error(${JSON.stringify(`${id.slice(unavailable.length)} needs Node: not available on Workers`)})`
        : undefined,
  }
}

export default defineConfig({
  plugins: [nodeOnlyOnWorkers(), sveltekit()],
  test: {
    include: ['src/**/*.test.ts', 'test-runtime/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/vitest.json' },
  },
})
