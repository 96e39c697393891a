import { expect, test } from '@playwright/test'
import { webUrl } from './helpers.ts'

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true })

  for (const path of ['/actors', '/sources', '/places', '/map', '/estimates/killed']) {
    test(`${path}: every column of a table row is on screen, under its name`, async ({ page }) => {
      await page.goto(webUrl(path))
      const row = page.locator('table.stack tbody tr').first()
      const cells = row.locator(':scope > th, :scope > td')
      const count = await cells.count()
      const labels = await page.locator('table.stack thead th').allTextContents()
      expect(count).toBe(labels.length)
      for (let i = 0; i < count; i++) {
        const cell = cells.nth(i)
        await expect(cell).toBeVisible()
        const box = await cell.boundingBox()
        expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 375, `column ${labels[i]}`).toBe(
          true,
        )
        if (i > 0) expect(await cell.getAttribute('data-label')).toBe(labels[i]?.trim())
      }
    })
  }

  test('dates are typed year-month-day, whatever the phone’s locale', async ({ page }) => {
    await page.goto(webUrl('/timeline'))
    const input = page.getByLabel(/As known on/)
    await expect(input).toHaveAttribute('placeholder', 'YYYY-MM-DD')
    await expect(input).toHaveAttribute('type', 'text')
  })

  test('country names, not codes', async ({ page }) => {
    await page.goto(webUrl('/actors/rok-nis'))
    await expect(page.locator('dt:text-is("Country") + dd')).toHaveText('South Korea')
    await page.goto(webUrl('/actors'))
    await expect(page.locator('td', { hasText: /^KP$/ })).toHaveCount(0)
    await expect(page.locator('td', { hasText: 'North Korea' }).first()).toBeVisible()
  })
})
