// The timeline in periods: pages end between months, each event is on exactly one page, filters follow the pager.
import { expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations, expectNoHorizontalScroll, webUrl } from './helpers.ts'

/** Every event the API lists for `query`, in its order. */
async function eventsWhere(query: string): Promise<{ id: string; dateSpan: { earliest: string | null } }[]> {
  const res = await fetch(`${process.env.API_URL}/v1/events?${query}&limit=100`)
  expect(res.ok).toBe(true)
  return ((await res.json()) as { data: { id: string; dateSpan: { earliest: string | null } }[] }).data
}

/** The event ids on every page, following "Later →" from the page now open. */
async function everyPageIds(page: Page): Promise<string[][]> {
  const pages: string[][] = []
  for (;;) {
    pages.push(await page.locator('li.event').evaluateAll((items) => items.map((li) => li.id)))
    const later = page
      .getByRole('navigation', { name: 'Periods of the timeline', exact: true })
      .getByRole('link', { name: 'Later →' })
    if ((await later.count()) === 0) return pages
    await later.click()
  }
}

test('every event is on one page, in date order, and no month is split between pages', async ({ page }) => {
  const events = await eventsWhere('')
  await page.goto(webUrl('/timeline'))
  const pages = await everyPageIds(page)
  expect(pages.length).toBeGreaterThan(1)
  expect(pages.flat()).toEqual(events.map((e) => e.id))
  const month = new Map(events.map((e) => [e.id, e.dateSpan.earliest?.slice(0, 7)]))
  for (let i = 1; i < pages.length; i++)
    expect(month.get(pages[i - 1]?.at(-1) as string)).not.toBe(month.get(pages[i]?.[0] as string))
})

test('the pager names periods and keeps the filters', async ({ page }) => {
  await page.goto(webUrl('/timeline?topic=casualties'))
  const expected = await eventsWhere('topic=casualties')
  const pager = page.getByRole('navigation', { name: 'Periods of the timeline', exact: true })
  const names = await pager.getByRole('listitem').allTextContents()
  // More casualty events than one page holds, so there is a pager to read.
  expect(expected.length).toBeGreaterThan(24)
  expect(names.length).toBeGreaterThan(1)
  for (const name of names) expect(name).toMatch(/^[A-Z][a-z]{2,3} \d{4}( – [A-Z][a-z]{2,3} \d{4})?$/)
  for (const href of await pager.getByRole('link').evaluateAll((a) => a.map((x) => x.getAttribute('href'))))
    expect(href).toContain('topic=casualties')
  expect((await everyPageIds(page)).flat()).toEqual(expected.map((e) => e.id))
})

test('a timeline page is small, plain HTML that reads on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  const res = await page.goto(webUrl('/timeline?page=2'))
  expect(res?.status()).toBe(200)
  // No hydration: the page carries no copy of its events as data and loads no script of its own.
  expect(await page.locator('script[type="module"], script:has-text("__sveltekit")').count()).toBe(0)
  expect(await page.locator('*').count()).toBeLessThan(1400)
  await expect(page.getByRole('status')).toContainText(/Events \d+–\d+ of \d+/)
  await expectNoHorizontalScroll(page)
  await expectNoAxeViolations(page)
})
