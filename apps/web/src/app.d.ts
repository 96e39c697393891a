// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Locals {
      /** The site's public origin: PUBLIC_ORIGIN, or the request's origin when that is unset (development). */
      publicOrigin: string
      /**
       * The API's public URL for links shown to visitors: PUBLIC_API_URL, else API_URL; undefined when
       * PUBLIC_ORIGIN is set but the only API address known is a loopback one.
       */
      publicApiUrl?: string
    }
    interface Platform {
      /** Cloudflare Workers bindings (wrangler.toml); absent on Node. */
      env?: {
        /** The API worker, as a service binding. */
        API?: { fetch(request: Request): Promise<Response> }
      }
    }
  }
}

export {}
