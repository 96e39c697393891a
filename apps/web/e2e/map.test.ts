import { expect, type Page, test } from '@playwright/test'
import {
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  screenshot,
  webUrl,
} from './helpers.ts'

interface ApiPlace {
  id: string
  name: string
  latitude?: number
  longitude?: number
}

const number = new Intl.NumberFormat('en-GB')

/** What the API says, so the test follows the dataset instead of repeating it. */
async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${process.env.API_URL}${path}`)
  expect(res.ok, `${path} answered ${res.status}`).toBe(true)
  return (await res.json()) as T
}
const allPlaces = async () => (await api<{ data: ApiPlace[] }>('/v1/places?limit=100')).data
const mappedPlaces = async () => (await allPlaces()).filter((p) => p.latitude !== undefined)

/** The marker link of a place on the map drawn at the current width (a wide map, or detail maps on phones). */
const marker = (page: Page, id: string) =>
  page.locator(`svg[role="group"]:visible a[href="/map?place=${id}"]`)

/** Pairs of visible map labels whose boxes overlap, measured with the browser's own fonts. */
function overlappingLabels(page: Page): Promise<string[]> {
  return page.locator('svg text').evaluateAll((texts) => {
    const boxes = texts
      .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
    const clashes: string[] = []
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left)
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top)
        // Glyph boxes include line spacing: a sliver of a pixel or two is not an overlap a reader sees.
        if (x > 1 && y > 2) clashes.push(`${a.text} × ${b.text}`)
      }
    })
    return clashes
  })
}

for (const width of [375, 1280]) {
  test(`the map marks every place with coordinates and compares the route with the claim at ${width} px`, async ({
    page,
  }) => {
    const errors = collectErrors(page)
    await page.setViewportSize({ width, height: 900 })
    const res = await page.goto(webUrl('/map'))
    expect(res?.status()).toBe(200)
    await page.waitForLoadState('networkidle')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map: from Korea to Kursk')

    for (const place of await mappedPlaces()) {
      await expect(marker(page, place.id), `marker for ${place.name}`).toBeVisible()
      await expect(marker(page, place.id)).toHaveText(place.name)
    }
    expect(await overlappingLabels(page), 'map labels that overlap').toEqual([])

    // The route's computed distance beside the claim it is checked against.
    const distance = page.getByRole('region', { name: /^How far is it from Vladivostok to Kursk Oblast/ })
    await expect(distance.locator('.computed .figure')).toHaveText(/^\d{1,2},\d{2}0 km$/)
    const claim = distance.getByRole('article')
    await expect(claim.getByRole('link', { name: /nearly 7,000 km/ })).toHaveAttribute(
      'href',
      '/claims/article-nearly-7000-km',
    )
    await expect(claim.locator('.claimant')).toHaveText('Author of the founding article (unknown)')
    await expect(distance).toContainText('The straight-line distance is consistent with “nearly 7,000 km”.')
    await expect(distance).toContainText('Rail distances are longer than the straight line.')
    await expect(distance.getByRole('blockquote')).toContainText('nearly 7,000 kilometers')

    // The text alternative: every place, mapped or not, in the table.
    const rows = page.getByRole('table').getByRole('row')
    await expect(rows).toHaveCount((await allPlaces()).length + 1)
    await expect(rows.filter({ hasText: 'Vladivostok' })).toContainText('43.13° N, 131.90° E')

    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
    expect(errors, 'console errors, e.g. CSP violations or hydration failures').toEqual([])
    await screenshot(page, 'map')
  })
}

test('selecting a marker puts the place in the URL and lists its events and claims', async ({ page }) => {
  const errors = collectErrors(page)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(webUrl('/map'))
  await marker(page, 'sudzha').locator('text').click()
  await expect(page).toHaveURL(/\/map\?place=sudzha$/)

  await expect(marker(page, 'sudzha')).toHaveAttribute('aria-current', 'page')
  const panel = page.getByRole('region', { name: 'Sudzha', exact: true })
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Sudzha')
  const claims = await api<{ meta: { total: number } }>('/v1/claims?place=sudzha&limit=1')
  await expect(panel).toContainText(`${number.format(claims.meta.total)} claim`)
  const events = await api<{ data: { title: string }[] }>('/v1/events?place=sudzha&limit=100')
  expect(events.data.length).toBeGreaterThan(0)
  for (const event of events.data.slice(0, 8)) await expect(panel.getByText(event.title)).toBeVisible()
  await expect(panel.getByRole('link', { name: 'Everything about Sudzha' })).toHaveAttribute(
    'href',
    '/places/sudzha',
  )
  await expect(page.getByRole('combobox', { name: 'Place' })).toHaveValue('sudzha')

  await expectNoAxeViolations(page)
  expect(errors).toEqual([])
  await screenshot(page, 'map-selected')
})

test('the place form selects a place, and clearing it empties the URL', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 })
  await page.goto(webUrl('/map'))
  await page.getByRole('combobox', { name: 'Place' }).selectOption({ label: 'Vladivostok' })
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/\/map\?place=vladivostok$/)
  await expect(page.getByRole('region', { name: 'Vladivostok', exact: true })).toBeVisible()
  await expect(marker(page, 'vladivostok')).toHaveAttribute('aria-current', 'page')
  await expectNoHorizontalScroll(page)
  await screenshot(page, 'map-selected')

  await page.getByRole('link', { name: 'Clear the selection' }).first().click()
  await expect(page).toHaveURL(/\/map$/)
  await expect(page.getByRole('region', { name: 'Vladivostok', exact: true })).toHaveCount(0)
})

test('an unknown place id is a 404 page', async ({ page }) => {
  const res = await page.goto(webUrl('/map?place=no-such-place'))
  expect(res?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const width of [375, 1280]) {
    test(`the map, its selection and the form work as plain HTML at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      const res = await page.goto(webUrl('/map'))
      expect(res?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map: from Korea to Kursk')
      await expect(marker(page, 'vladivostok')).toBeVisible()
      await expect(page.getByText('Rail distances are longer than the straight line.')).toBeVisible()

      await marker(page, 'kursk-oblast').locator('text').click()
      await expect(page).toHaveURL(/\/map\?place=kursk-oblast$/)
      const panel = page.getByRole('region', { name: 'Kursk Oblast', exact: true })
      await expect(panel.getByRole('heading', { level: 2 })).toBeVisible()
      await expect(panel.getByRole('listitem').first()).toBeVisible()

      await page.getByRole('combobox', { name: 'Place' }).selectOption('moscow')
      await page.getByRole('button', { name: 'Show' }).click()
      await expect(page).toHaveURL(/\/map\?place=moscow$/)
      await expect(page.getByRole('region', { name: 'Moscow', exact: true })).toBeVisible()
      await expectNoHorizontalScroll(page)
      await screenshot(page, 'map-nojs')
    })
  }
})
