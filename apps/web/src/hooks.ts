import type { Reroute } from '@sveltejs/kit'
import { deLocalizeUrl } from '$lib/paraglide/runtime'

// /ko/timeline and /uk/timeline are the routes of /timeline, in another language.
export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname
