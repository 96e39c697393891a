import { join } from 'node:path'
import type { Page } from '@playwright/test'

/** Saves a full-page screenshot under the git-ignored .screenshots/ folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0
  await page.screenshot({
    path: join(import.meta.dirname, '..', '.screenshots', `${name}-${width}.png`),
    fullPage: true,
  })
}
