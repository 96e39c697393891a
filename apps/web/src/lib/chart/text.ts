/** @module How wide a line of chart text is likely to be, for boxes and legends laid out on the server. */

// Hangul, CJK ideographs, kana and full-width forms take about a whole em; Latin and Cyrillic about half.
const wide = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u

/** The estimated width of `text` at `font` px, with `narrow` ems for each ordinary character (0.56–0.6). */
export function textWidth(text: string, font: number, narrow = 0.6): number {
  let count = 0
  let wideCount = 0
  for (const char of text) {
    count++
    if (wide.test(char)) wideCount++
  }
  // Narrow text alone is measured as length × font × narrow, exactly as before wide text was counted.
  const narrowWidth = (count - wideCount) * font * narrow
  return wideCount > 0 ? narrowWidth + wideCount * font : narrowWidth
}

/** Whether `text` has characters most Latin fonts lack (Hangul, CJK), so a renderer needs a CJK font for it. */
export const hasWideText = (text: string): boolean => wide.test(text)
