import { expect, test } from '@playwright/test'
import { screenshot } from './screenshot.ts'

const webUrl = () => process.env.WEB_URL as string

for (const width of [375, 1280]) {
  test(`the home page shows the 1,500 figure and its claimant at ${width} px`, async ({ page }) => {
    const errors: string[] = []
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    page.on('pageerror', (error) => errors.push(error.message))
    await page.setViewportSize({ width, height: 900 })
    await page.goto(webUrl())
    await page.waitForLoadState('networkidle')
    const card = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: /^About 1,500 North Korean special forces/ }) })
    await expect(card.locator('.figure')).toHaveText(/about 1,500\s+troops sent/)
    await expect(card.locator('.claimant')).toHaveText('National Intelligence Service (South Korea)')
    await expect(card.getByRole('blockquote').first()).toContainText(
      'approximately 1,500 North Korean special forces',
    )
    await expect(page.getByRole('article').filter({ hasText: 'as many as 1,000' })).toContainText(
      'mid-January 2025',
    )
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
    expect(overflow).toBe(false)
    expect(errors, 'console errors, e.g. CSP violations or hydration failures').toEqual([])
    await screenshot(page, 'home')
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the home page is server-rendered', async ({ page }) => {
    await page.goto(webUrl())
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is claimed, and by whom')
    await expect(page.getByText('about 1,500', { exact: true })).toBeVisible()
    await screenshot(page, 'home-nojs')
  })
})

test('a missing page gets a 404 page, not a blank one', async ({ page }) => {
  const res = await page.goto(`${webUrl()}/no-such-page`)
  expect(res?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found')
})
