import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot, webUrl } from './helpers.ts'

for (const width of [375, 1280]) {
  test.describe(`site search at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })

    test('the header search finds a misspelt place and groups what it finds', async ({ page }) => {
      await page.goto(webUrl('/'))
      await page.getByRole('search').first().getByRole('searchbox').fill('vladivostock')
      await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click()
      await expect(page).toHaveURL(/\/search\?q=vladivostock/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
      await expect(page.getByRole('heading', { name: /^Places/ })).toBeVisible()
      const place = page.getByRole('link', { name: 'Vladivostok', exact: true })
      await expect(place).toHaveAttribute('href', '/places/vladivostok')
      // The words the index matched are marked in the titles.
      await expect(page.locator('mark', { hasText: 'Vladivostok' }).first()).toBeVisible()
      await expect(page.getByRole('heading', { name: /^Claims/ })).toBeVisible()
      await expectNoHorizontalScroll(page)
      await expectNoAxeViolations(page)
      await screenshot(page, 'search')
    })
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('search is a plain form whose results can be shared as a link', async ({ page }) => {
    await page.goto(webUrl('/claims'))
    await page.getByRole('banner').getByRole('searchbox').fill('South Korea killed')
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/q=South\+Korea\+killed/)
    await expect(page.getByRole('status')).toContainText(/\d+ records? match/)
    await expect(page.getByRole('heading', { name: /^Claims/ })).toBeVisible()
  })

  test('a search that finds nothing says so and suggests what to do', async ({ page }) => {
    await page.goto(webUrl('/search?q=zzzzqqqq'))
    await expect(page.getByRole('status')).toContainText('Nothing matches “zzzzqqqq”')
  })
})

test('the 404 page offers a search seeded from the address', async ({ page }) => {
  const res = await page.goto(webUrl('/places/vladivostock'))
  expect(res?.status()).toBe(404)
  const box = page.getByRole('main').getByRole('searchbox')
  await expect(box).toHaveValue('vladivostock')
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('link', { name: 'Vladivostok', exact: true })).toBeVisible()
})

test('robots.txt points at a sitemap that lists every view and record page', async ({ request }) => {
  const robots = await (await request.get(webUrl('/robots.txt'))).text()
  const sitemapUrl = robots.match(/^Sitemap: (.+)$/m)?.[1] as string
  expect(robots).toContain('Disallow: /embed/')
  const res = await request.get(webUrl(new URL(sitemapUrl).pathname))
  expect(res.headers()['content-type']).toContain('application/xml')
  const xml = await res.text()
  for (const path of [
    '/timeline',
    '/estimates/troops-sent',
    '/claims/nis-special-forces-vladivostok-2024-10',
    '/actors/rok-nis',
    '/places/vladivostok',
    '/sources/founding-article',
  ])
    expect(xml).toContain(`${path}</loc>`)
  expect(xml).not.toContain('/search')
})
