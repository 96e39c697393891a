// The Korean and Ukrainian editions: every view in each language at phone width, and how
// the language is chosen (URL, then the cookie, then Accept-Language on the first visit only).
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, expectNoHorizontalScroll, webUrl } from './helpers.ts'

const views = [
  '/',
  '/timeline',
  '/estimates',
  '/estimates/troops-sent',
  '/estimates/killed?as_of=2025-01-01',
  '/claims',
  '/claims?status=reported',
  '/claims/nis-special-forces-vladivostok-2024-10',
  '/map',
  '/places',
  '/places/sudzha',
  '/actors',
  '/actors/rok-nis',
  '/contingents',
  '/sources',
  '/sources/founding-article',
  '/search?q=kursk',
  '/about',
  '/embed/estimates/troops-sent',
]
const editions = [
  { locale: 'ko', nav: '주장' },
  { locale: 'uk', nav: 'Твердження' },
] as const

const localized = (locale: string, path: string) => (path === '/' ? `/${locale}` : `/${locale}${path}`)

// No view ships a script (delivery.test.ts), so a page with JavaScript off is this same page; axe needs it on.
test.describe('at phone width', () => {
  test.use({ viewport: { width: 375, height: 800 } })

  for (const { locale, nav } of editions) {
    for (const path of views) {
      test(`${localized(locale, path)} reads in its language and passes axe`, async ({ page, request }) => {
        const english = await (await request.get(webUrl(path))).text()
        const englishTitle = /<title>([^<]*)<\/title>/.exec(english)?.[1]
        const response = await page.goto(webUrl(localized(locale, path)))
        expect(response?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        expect(await page.title()).not.toBe(englishTitle)
        if (!path.startsWith('/embed/')) {
          await expect(page.getByRole('navigation').first().getByRole('link', { name: nav })).toBeVisible()
          // hreflang alternates for the three editions and x-default, each keeping the query.
          const query = new URL(webUrl(path)).search
          const alternates = await page
            .locator('link[rel=alternate][hreflang]')
            .evaluateAll((links) =>
              links.map((l) => [
                l.getAttribute('hreflang'),
                new URL(l.getAttribute('href') ?? '').pathname + new URL(l.getAttribute('href') ?? '').search,
              ]),
            )
          const plain = new URL(webUrl(path)).pathname
          expect(Object.fromEntries(alternates)).toEqual({
            en: plain + query,
            ko: new URL(webUrl(localized('ko', plain))).pathname + query,
            uk: new URL(webUrl(localized('uk', plain))).pathname + query,
            'x-default': plain + query,
          })
        }
        await expectNoAxeViolations(page)
        await expectNoHorizontalScroll(page)
      })
    }
  }
})

test('the switcher opens the same view with the same filters in another language', async ({ page }) => {
  await page.goto(webUrl('/claims?status=reported&claimant=rok-nis'))
  const switcher = page.getByRole('navigation', { name: 'Language' })
  await switcher.getByRole('link', { name: 'Українська' }).click()
  await expect(page).toHaveURL(/\/uk\/claims\?status=reported&claimant=rok-nis$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk')
  await page.getByRole('navigation', { name: 'Мова' }).getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/claims\?status=reported&claimant=rok-nis$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test.describe('a first visit from a Korean browser', () => {
  test.use({ locale: 'ko-KR' })

  test('goes to the Korean edition, and a chosen English stays chosen', async ({ page }) => {
    await page.goto(webUrl('/about'))
    await expect(page).toHaveURL(/\/ko\/about$/)
    await page.getByRole('navigation', { name: '언어' }).getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\d+\/about$/)
    // Entering the site again, typed or from a bookmark: the cookie now says English, Accept-Language is not asked.
    await page.goto(webUrl('/timeline'))
    await expect(page).toHaveURL(/\d+\/timeline$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })
})

test('one URL per page and language: /en/… and /KO/… redirect to it', async ({ request }) => {
  const en = await request.get(webUrl('/en/claims?status=reported'), { maxRedirects: 0 })
  expect(en.status()).toBe(308)
  expect(en.headers().location).toBe('/claims?status=reported')
  const upper = await request.get(webUrl('/KO/claims'), { maxRedirects: 0 })
  expect(upper.status()).toBe(308)
  expect(upper.headers().location).toBe('/ko/claims')
})

test('a crawler without Sec-Fetch headers gets the URL’s language, and English says it varies', async ({
  request,
}) => {
  const page = await request.get(webUrl('/claims'), { headers: { 'accept-language': 'uk' }, maxRedirects: 0 })
  expect(page.status()).toBe(200)
  expect(page.headers().vary).toMatch(/Accept-Language/)
  expect(await page.text()).toContain('<html lang="en"')
})
