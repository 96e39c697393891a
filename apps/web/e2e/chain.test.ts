import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, expectNoHorizontalScroll, webUrl } from './helpers.ts'

const claim = '/claims/nis-additional-deployment-2025-02-27'

for (const width of [375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })
    test('a claim page draws how the claim reached us, from the claimant to each page quoted', async ({
      page,
    }) => {
      await page.goto(webUrl(claim))
      const chain = page.getByRole('region', { name: 'How this reached you' })
      const steps = chain.getByRole('list').first().locator(':scope > li')
      await expect(steps.first()).toContainText('Claimant')
      await expect(steps.first().getByRole('link')).toHaveText('National Intelligence Service (South Korea)')
      // A syndicated page names the wire agency whose copy it carries.
      await expect(chain.getByText('Agence France-Presse wire copy, in')).toBeVisible()
      await expect(chain.getByRole('link', { name: 'A News' })).toHaveAttribute('href', /^\/sources\//)
      await expect(chain.locator('p.words')).toContainText("Agence France-Presse's wire copy in A News")
      await expectNoHorizontalScroll(page)
      await expectNoAxeViolations(page)
    })
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the chain is server-rendered', async ({ page }) => {
    await page.goto(webUrl(claim))
    await expect(page.getByRole('heading', { name: 'How this reached you' })).toBeVisible()
  })
})
