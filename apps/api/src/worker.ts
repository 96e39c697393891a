// Cloudflare Workers entry: the same app. The in-memory rate limiter counts per isolate, so production should
// put Cloudflare's rate limiting rules in front; it stays on here as a backstop.
import { createApp } from './app.ts'

export default createApp()
