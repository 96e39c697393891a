import { defineConfig } from 'tsdown'

// The typed client alone, for integrators: plain fetch, no runtime dependencies.
export default defineConfig({
  entry: { client: 'src/client.ts' },
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  clean: false,
  deps: { neverBundle: [/^zod/, /^@dprk\/data/, /^@hono\//] },
})
