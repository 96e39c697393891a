/** @module The chart's look, as CSS written once: in the page (themed by custom properties) or in a standalone file. */

/** Claimant colours, 3:1 or more against the card in both themes; shapes carry the same distinction. */
export const palette = {
  light: ['#1f5fa8', '#b34a00', '#1b7a3a', '#7b3fb5', '#b8174f', '#00736a', '#7d5a1e'],
  dark: ['#7ab8ff', '#ffa05c', '#63d48f', '#c8a2ff', '#ff86b4', '#4fd6c4', '#e0b070'],
} as const

/** The light theme's neutrals, for files that travel without the page's stylesheet. */
const neutrals = { fg: '#1c1c1a', muted: '#595852', line: '#d9d5cb', card: '#ffffff' }

/**
 * The drawing's CSS. `page` reads colours from custom properties (so the dark theme applies) and defines the
 * palette on `.ec-palette`; `standalone` writes the light colours out, for SVG and PNG files and renderers
 * without custom properties.
 */
export function chartCss(mode: 'page' | 'standalone'): string {
  const c =
    mode === 'page'
      ? {
          est: (i: number) => `var(--est-${i})`,
          other: 'var(--est-other)',
          fg: 'var(--fg)',
          muted: 'var(--muted)',
          line: 'var(--line)',
          card: 'var(--card)',
        }
      : { est: (i: number) => palette.light[i] as string, other: neutrals.muted, ...neutrals }
  const slots = palette.light.map((_, i) => `.ec-s${i}{color:${c.est(i)}}`).join('')
  const themed =
    mode === 'page'
      ? `.ec-palette{${palette.light.map((v, i) => `--est-${i}:${v};`).join('')}--est-other:var(--muted)}` +
        `@media (prefers-color-scheme:dark){.ec-palette{${palette.dark.map((v, i) => `--est-${i}:${v};`).join('')}}}`
      : `.ec{fill:${c.fg};font-family:'DejaVu Sans',sans-serif}.ec-background{fill:${c.card}}`
  return [
    themed,
    slots,
    `.ec-so{color:${c.other}}`,
    `.ec-axis-title{font-weight:600}`,
    `.ec-tick{fill:${c.muted};font-variant-numeric:tabular-nums}`,
    `.ec-year{font-weight:600;fill:${c.fg}}`,
    `.ec-grid{stroke:${c.line};stroke-width:1}`,
    `.ec-base,.ec-xtick{stroke:${c.muted}}`,
    `.ec-as-of{stroke:${c.fg};stroke-width:1.25;stroke-dasharray:4 3}`,
    `.ec-as-of-label{font-weight:600}`,
    `.ec-marker{fill:currentColor;stroke:${c.card};stroke-width:1.25}`,
    `.ec-hollow{fill:${c.card};stroke:currentColor;stroke-width:1.75}`,
    `.ec-band{fill:currentColor;fill-opacity:0.28;stroke:currentColor;stroke-width:1}`,
    `.ec-range-band{fill-opacity:0.14}`,
    `.ec-stem,.ec-head{stroke:currentColor;stroke-width:2;fill:none;stroke-linecap:round;stroke-linejoin:round}`,
    `.ec-range{stroke-width:3}`,
    `.ec-glyph{fill:currentColor;font-weight:700}`,
    `.ec-faint{opacity:0.7}`,
    `.ec-faint .ec-stem,.ec-faint .ec-band{stroke-dasharray:3 2}`,
    `.ec-credit{fill:${c.muted}}`,
  ].join('\n')
}
