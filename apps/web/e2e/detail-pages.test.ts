// The claims on an actor's, a place's and a source's page: newest first by the day each was made, 20 a page.
import { expect, type Locator, type Page, test } from '@playwright/test'
import { expectNoAxeViolations, webUrl } from './helpers.ts'

interface Span {
  earliest: string | null
  latest: string | null
}
interface ApiClaim {
  id: string
  madeOn: string
  madeOnSpan: Span
}

/** Every claim the API matches for `query`, page by page. */
async function claimsWhere(query: string): Promise<ApiClaim[]> {
  const all: ApiClaim[] = []
  let cursor = ''
  do {
    const res = await fetch(
      `${process.env.API_URL}/v1/claims?${query}&limit=100${cursor && `&cursor=${cursor}`}`,
    )
    expect(res.ok).toBe(true)
    const page = (await res.json()) as { data: ApiClaim[]; meta: { nextCursor: string | null } }
    all.push(...page.data)
    cursor = page.meta.nextCursor ?? ''
  } while (cursor)
  return all
}

// Written out here rather than imported, so the test does not share the code it checks: a span that may start
// later is newer; with the same start, one that may end later is; an unknown start is oldest, an open end newest.
const start = (s: Span) => s.earliest ?? ''
const end = (s: Span) => s.latest ?? '9999'
const newerOrSame = (a: Span, b: Span) => start(a) > start(b) || (start(a) === start(b) && end(a) >= end(b))

/** The claim ids of one list on the page, in the order shown. */
async function shownIds(list: Locator): Promise<string[]> {
  const hrefs = await list
    .locator('.claim-title a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  return hrefs.map((href) => String(href).replace('/claims/', ''))
}

/** The ids on every page of one list, following its pager's "Older" links from the page now open. */
async function everyPage(page: Page, list: string, pager: RegExp): Promise<string[][]> {
  const nav = page.getByRole('navigation', { name: pager })
  const pages = [await shownIds(page.locator(list).first())]
  while ((await nav.getByRole('link', { name: 'Older →' }).count()) > 0) {
    await nav.getByRole('link', { name: 'Older →' }).click()
    pages.push(await shownIds(page.locator(list).first()))
  }
  return pages
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a place lists every claim about it newest first, 20 a page, through plain links', async ({
    page,
  }) => {
    const expected = await claimsWhere('place=kursk-oblast')
    expect(expected.length, 'enough claims to need pages').toBeGreaterThan(40)
    const spans = new Map(expected.map((c) => [c.id, c.madeOnSpan]))

    await page.goto(webUrl('/places/kursk-oblast'))
    await expect(page.getByRole('heading', { name: `Claims about it (${expected.length})` })).toBeVisible()
    const pages = await everyPage(page, 'h2#claims ~ ul.grid', /^Pages of claims about/)
    expect(pages.length).toBe(Math.ceil(expected.length / 20))
    for (const ids of pages.slice(0, -1)) expect(ids).toHaveLength(20)
    await expect(page).toHaveURL(new RegExp(`/places/kursk-oblast\\?page=${pages.length}#claims$`))

    const order = pages.flat()
    expect(new Set(order).size, 'no claim on two pages').toBe(order.length)
    expect([...order].sort()).toEqual([...spans.keys()].sort())
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1] as string, order[i] as string]
      expect(newerOrSame(spans.get(a) as Span, spans.get(b) as Span), `${a} before ${b}`).toBe(true)
    }
    // Not the id order the API lists them in: a test that passes on ids proves nothing.
    expect(order).not.toEqual(expected.map((c) => c.id))

    await page
      .getByRole('navigation', { name: /Pages of claims about/ })
      .getByRole('link', { name: 'Page 1' })
      .click()
    await expect(page).toHaveURL(/\/places\/kursk-oblast#claims$/)
    expect(await shownIds(page.locator('h2#claims ~ ul.grid').first())).toEqual(pages[0])
  })

  test('an actor pages each of its lists on its own and keeps the rest of the address', async ({ page }) => {
    const [made, about] = await Promise.all([
      claimsWhere('claimant=north-korea'),
      claimsWhere('actor=north-korea'),
    ])
    expect(about.length, 'enough claims about it for four pages').toBeGreaterThan(60)
    await page.goto(webUrl('/actors/north-korea?lang=en&about=3'))
    await expect(page.getByRole('heading', { name: `Claims made (${made.length})` })).toBeVisible()
    const aboutPager = page.getByRole('navigation', { name: /^Claims about/ })
    await expect(aboutPager.getByRole('link', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page')
    await aboutPager.getByRole('link', { name: 'Older →' }).click()
    await expect(page).toHaveURL(/\/actors\/north-korea\?lang=en&about=4#about$/)
    await expect(aboutPager.getByRole('link', { name: 'Page 4' })).toHaveAttribute('aria-current', 'page')

    const ids = new Set(about.map((c) => c.id))
    const fourth = await shownIds(page.locator('h2#about ~ ul.grid').first())
    expect(fourth).toHaveLength(20)
    for (const id of fourth) expect(ids.has(id), `${id} is about north-korea`).toBe(true)
    // The other list stays on its first page, whole.
    expect(await shownIds(page.locator('h2#made ~ ul.grid').first())).toHaveLength(made.length)
  })

  test('a page number past the end shows the last page', async ({ page }) => {
    const res = await page.goto(webUrl('/sources/founding-article?page=999'))
    expect(res?.status()).toBe(200)
    const pager = page.getByRole('navigation', { name: /Pages of claims resting/ })
    await expect(pager.getByRole('link', { name: 'Older →' })).toHaveCount(0)
    await expect(pager.getByRole('link', { name: '← Newer' })).toBeVisible()
  })
})

test('the pages of a detail page pass axe', async ({ page }) => {
  await page.goto(webUrl('/places/kursk-oblast?page=2'))
  await expectNoAxeViolations(page)
})

test('the actors come fifty a page, most claims first, and the pager keeps the kind', async ({ page }) => {
  await page.goto(webUrl('/actors'))
  const rows = page.locator('#actors tbody tr')
  await expect(rows).toHaveCount(50)
  await expect(rows.first()).toContainText('National Intelligence Service (South Korea)')
  // More than fifty persons: their second page is still persons only.
  await page.goto(webUrl('/actors?kind=person'))
  await page
    .getByRole('navigation', { name: 'Pages of actors' })
    .getByRole('link', { name: 'Next →' })
    .click()
  await expect(page).toHaveURL(/kind=person.*page=2|page=2.*kind=person/)
  const kinds = await page.locator('#actors tbody td:nth-child(2)').allTextContents()
  expect(kinds.length).toBeGreaterThan(0)
  expect(new Set(kinds)).toEqual(new Set(['person']))
})
