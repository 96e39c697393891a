import { render } from 'svelte/server'
import { layoutEstimates } from '$lib/chart/estimates'
import { hasWideText, textWidth } from '$lib/chart/text'
import ChartDrawing from '../../routes/estimates/[kind]/ChartDrawing.svelte'
import { type ChartModel, monthLabel } from '../../routes/estimates/[kind]/chart-model'

const escapeXml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** The drawing sizes files are made at: the page's large drawing, and an Open Graph card. */
const file = { width: 960, height: 440, margin: { top: 40, right: 24, bottom: 52, left: 68 }, maxXTicks: 12 }

/** A self-contained SVG of the chart: its own styles in light colours, a white background and a credit line. */
export function chartSvg(model: ChartModel, credit: string, asOf?: string): string {
  const shown = new Set(model.estimates.map((e) => e.claimant))
  const legend = model.series.filter((s) => shown.has(s.id)).map((s) => ({ name: s.name, slot: s.slot }))
  const widest = Math.max(
    ...layoutEstimates(model.estimates, { ...file, asOf, monthLabel }).yTicks.map((t) =>
      textWidth(model.formatTick(t.value), 13),
    ),
  )
  const left = Math.max(file.margin.left, Math.ceil(widest) + 14)
  const layout = layoutEstimates(model.estimates, {
    ...file,
    margin: { ...file.margin, left },
    asOf,
    monthLabel,
  })
  const { body } = render(ChartDrawing, {
    props: {
      layout,
      name: 'file',
      radius: 6,
      font: 13,
      title: model.chartTitle,
      description: model.chartDescription,
      yLabel: model.label,
      formatTick: model.formatTick,
      asOfLabel: model.asOfLabel,
      estimates: model.estimates,
      slotOf: model.slotOf,
      styles: 'standalone',
      credit,
      legend,
    },
  })
  // Svelte's hydration markers are comments; a file has no use for them.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/<!--[\s\S]*?-->/g, '')}`
}

/** An Open Graph card (1200 × 630): the title above the chart, so a shared link shows what it counts. */
export function ogSvg(model: ChartModel, chart: string, subtitle: string): string {
  const inner = chart
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, '<svg$1 x="40" y="150" width="1120" height="460"')
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, sans-serif">
<rect width="1200" height="630" fill="#fbfaf7"/>
<text x="40" y="80" font-size="44" font-weight="700" fill="#1c1c1a">${escapeXml(model.heading)}</text>
<text x="40" y="125" font-size="24" fill="#595852">${escapeXml(subtitle)}</text>
${inner}
</svg>`
}

type Resvg = typeof import('@resvg/resvg-js').Resvg
let resvg: Promise<{ Resvg: Resvg; fonts: string[]; cjk: string[] } | undefined> | undefined

/** Where a system may keep Noto Sans CJK (Debian's fonts-noto-cjk first), regular and bold. */
const cjkFonts = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
]

/** The SVG as a PNG, with DejaVu Sans from npm so it looks the same on every server; undefined where the native
 * renderer cannot load (Workers). Korean text needs a font with Hangul, which DejaVu lacks: Noto Sans CJK is used
 * where the system has it (fonts-noto-cjk), and only for images with such text, as it is large to load. */
export async function toPng(svg: string, width: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  resvg ??= Promise.all([import('@resvg/resvg-js'), import('node:module'), import('node:fs')])
    .then(([{ Resvg }, { createRequire }, { existsSync }]) => {
      const require = createRequire(import.meta.url)
      const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) =>
        require.resolve(`dejavu-fonts-ttf/ttf/${f}`),
      )
      return { Resvg, fonts, cjk: cjkFonts.filter((path) => existsSync(path)) }
    })
    .catch(() => undefined)
  const loaded = await resvg
  if (!loaded) return undefined
  const fontFiles = hasWideText(svg) ? [...loaded.fonts, ...loaded.cjk] : loaded.fonts
  const image = new loaded.Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans' },
  })
  return new Uint8Array(image.render().asPng())
}

/** The site's own preview card for pages without a chart of their own: a title in two lines, then smaller lines. */
export function siteCardSvg(title: string, subtitle: string, lines: string[]): string {
  const text = lines
    .map(
      (line, i) => `<text x="60" y="${330 + i * 44}" font-size="30" fill="#595852">${escapeXml(line)}</text>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, sans-serif">
<rect width="1200" height="630" fill="#fbfaf7"/>
<rect x="0" y="0" width="18" height="630" fill="#9b2c1f"/>
<text x="60" y="150" font-size="56" font-weight="700" fill="#1c1c1a">${escapeXml(title)}</text>
<text x="60" y="225" font-size="56" font-weight="700" fill="#1c1c1a">${escapeXml(subtitle)}</text>
${text}
</svg>`
}
