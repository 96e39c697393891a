import { paraglideVitePlugin } from '@inlang/paraglide-js'
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

// Paraglide's server runtime imports "async_hooks" without the node: prefix, which the Workers bundler (nodejs_als
// only) cannot resolve; as an external node:async_hooks it works on Workers, on Node, in dev and in vitest.
const nodePrefixAsyncHooks: Plugin = {
  name: 'dprk:node-prefix-async-hooks',
  enforce: 'pre',
  resolveId: (id) => (id === 'async_hooks' ? { id: 'node:async_hooks', external: true } : undefined),
}

export default defineConfig({
  plugins: [
    nodeOnlyOnWorkers(),
    nodePrefixAsyncHooks,
    // The URL alone picks the language a page renders in (/ko/…, /uk/…, English unprefixed); the cookie and
    // Accept-Language only redirect, in src/hooks.server.ts. No urlPatterns: custom ones pull in a polyfill.
    // vitest runs on the messages `pnpm paraglide` compiled: the plugin's compiler would keep vitest from exiting.
    !process.env.VITEST &&
      paraglideVitePlugin({
        project: './project.inlang',
        outdir: './src/lib/paraglide',
        strategy: ['url', 'baseLocale'],
        trailingSlash: 'never',
        emitReadme: false,
      }),
    sveltekit(),
  ],
  test: {
    include: ['src/**/*.test.ts', 'test-runtime/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/vitest.json' },
  },
})
