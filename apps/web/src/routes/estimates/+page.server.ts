import { api, fromApi } from '$lib/server/api'
import type { PageServerLoad } from './$types'

// The figures readers ask about first; every other kind with estimates follows in the API's order.
const leading = ['troops-sent', 'casualties', 'killed', 'wounded', 'captured']

export const load: PageServerLoad = async ({ fetch }) => {
  const { data } = await fromApi(api(fetch).quantityKinds())
  const withEstimates = data.filter((kind) => kind.estimates > 0)
  const rank = (id: string) => (leading.includes(id) ? leading.indexOf(id) : leading.length)
  const ordered = withEstimates
    .map((kind, i) => ({ kind, i }))
    .sort((a, b) => rank(a.kind.id) - rank(b.kind.id) || a.i - b.i)
    .map(({ kind }) => kind)
  return {
    lead: ordered.filter((kind) => leading.includes(kind.id)),
    others: ordered.filter((kind) => !leading.includes(kind.id)),
  }
}
