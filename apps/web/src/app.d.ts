// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Locals {
      /** The site's public origin (PUBLIC_ORIGIN), for absolute links; undefined in development. */
      publicOrigin?: string
      /** The API's public URL (PUBLIC_API_URL), for links shown to visitors. */
      publicApiUrl?: string
    }
  }
}

export {}
