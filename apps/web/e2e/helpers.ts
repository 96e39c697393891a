import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** The dashboard's base URL, set by global-setup. */
export const webUrl = (path = '/') => `${process.env.WEB_URL}${path}`

/** Saves a full-page screenshot under the git-ignored .screenshots/ folder, named by page and width. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0
  await page.screenshot({
    path: join(import.meta.dirname, '..', '.screenshots', `${name}-${width}.png`),
    fullPage: true,
  })
}

/** Fails with the list of WCAG 2.x A/AA violations axe finds on the page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const found = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  )
  expect(found).toEqual([])
}

/** Collects console errors and page errors (CSP violations, hydration failures) while a test runs. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

/** No horizontal scrolling at the current width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)
  expect(overflow).toBe(false)
}
