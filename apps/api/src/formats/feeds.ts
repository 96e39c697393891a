import type { Dataset } from '@dprk/data'

// Entry ids are tag URIs (RFC 4151): absolute, stable, and independent of where the API is served.
const entryId = (version: string) => `tag:dprk-tracker,2026:dataset/${version}`
const feedId = 'tag:dprk-tracker,2026:changes'

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

/** The changelog as a JSON Feed 1.1 document. */
export function changesJsonFeed(dataset: Dataset, base: string) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'dprk-tracker dataset changes',
    home_page_url: `${base}/v1/dataset`,
    feed_url: `${base}/v1/changes`,
    items: dataset.changelog.map((entry) => ({
      id: entryId(entry.version),
      url: `${base}/v1/dataset`,
      title: `Dataset ${entry.version}`,
      content_text: entry.changes.join('\n'),
      date_published: `${entry.date}T00:00:00Z`,
    })),
  }
}

/** The changelog as an Atom 1.0 feed. */
export function changesAtom(dataset: Dataset, base: string): string {
  const updated = `${dataset.released}T00:00:00Z`
  const entries = dataset.changelog
    .map(
      (entry) => `  <entry>
    <id>${entryId(entry.version)}</id>
    <link rel="alternate" href="${escapeXml(`${base}/v1/dataset`)}"/>
    <title>Dataset ${escapeXml(entry.version)}</title>
    <updated>${entry.date}T00:00:00Z</updated>
    <content type="text">${escapeXml(entry.changes.join('\n'))}</content>
  </entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${feedId}</id>
  <title>dprk-tracker dataset changes</title>
  <updated>${updated}</updated>
  <link rel="self" href="${escapeXml(`${base}/v1/changes`)}"/>
  <link rel="alternate" href="${escapeXml(`${base}/v1/dataset`)}"/>
  <author><name>dprk-tracker</name></author>
${entries}
</feed>
`
}
