import { expect, test } from '@playwright/test'
import { webUrl } from './helpers.ts'

// A4 at 96 dpi less the page margins: about 703 CSS px of text width.
test.use({ viewport: { width: 703, height: 1000 } })

for (const path of ['/estimates/troops-sent', '/sources', '/map']) {
  test(`${path} prints on A4 with no table cut off`, async ({ page }) => {
    await page.goto(webUrl(path))
    await page.emulateMedia({ media: 'print' })
    const overflow = await page
      .locator('table')
      .evaluateAll((tables) =>
        tables.map((t) => t.getBoundingClientRect().right - document.documentElement.clientWidth),
      )
    for (const px of overflow) expect(px).toBeLessThanOrEqual(1)
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  })
}
