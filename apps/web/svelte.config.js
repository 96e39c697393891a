import adapterNode from '@sveltejs/adapter-node'
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte'

// ADAPTER=cloudflare (pnpm build:workers) builds for Workers; anything else is the Node server in build/.
const workers = process.env.ADAPTER === 'cloudflare'
// Imported only when asked for: the Cloudflare adapter loads wrangler, which every vite and svelte-check run would pay for.
const adapter = workers
  ? (await import('@sveltejs/adapter-cloudflare')).default()
  : adapterNode({ precompress: true })

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter,
    // A separate working folder, so a Workers build never overwrites the Node build's .svelte-kit output.
    // The worker and its assets land in dist/cloudflare (wrangler.toml's `main` and `assets.directory`).
    outDir: workers ? 'dist/cloudflare-kit' : '.svelte-kit',
    // No view hydrates (csr is off in the root layout), so no script runs; inline styles stay for the charts' sizes.
    // frame-ancestors is added per path in src/hooks.server.ts (a <meta> CSP cannot carry it).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'object-src': ['none'],
      },
    },
  },
}
