import { expect, test } from '@playwright/test'
import {
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  screenshot,
  webUrl,
} from './helpers.ts'

/** Every view the lead owns, with its heading and a piece of content that must be there. */
const views = [
  { name: 'overview', path: '/', heading: /what is known, and who says so/, content: 'Headline figures' },
  {
    name: 'timeline',
    path: '/timeline',
    heading: 'Timeline',
    content: 'Putin and Kim Jong Un sign the partnership treaty',
  },
  { name: 'claims', path: '/claims', heading: 'Claims', content: 'claims.' },
  {
    name: 'claim',
    path: '/claims/nis-special-forces-vladivostok-2024-10',
    heading:
      'About 1,500 North Korean special forces arrived in Vladivostok in October 2024, initially for training.',
    content: 'approximately 1,500 North Korean special forces were observed',
  },
  {
    name: 'sources',
    path: '/sources',
    heading: 'Sources',
    content: 'Newest first: 1–50.',
  },
  {
    name: 'source',
    path: '/sources/founding-article',
    heading: 'North Korea Is Sending a Second Wave of Soldiers to Ukraine',
    content: 'Author unknown',
  },
  {
    name: 'actors',
    path: '/actors',
    heading: 'Actors',
    content: 'National Intelligence Service (South Korea)',
  },
  {
    name: 'actor',
    path: '/actors/rok-nis',
    heading: 'National Intelligence Service (South Korea)',
    content: 'Claims made',
  },
  { name: 'places', path: '/places', heading: 'Places', content: 'Vladivostok' },
  { name: 'place', path: '/places/sudzha', heading: 'Sudzha', content: 'Events here' },
  {
    name: 'contingents',
    path: '/contingents',
    heading: 'Deployment waves',
    content: 'The engineers and deminers (2025)',
  },
  { name: 'about', path: '/about', heading: 'About this tracker', content: 'Every number is a claim.' },
] as const

for (const width of [375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })
    for (const view of views) {
      test(`${view.name} loads, reads, passes axe and fits`, async ({ page }) => {
        const errors = collectErrors(page)
        const res = await page.goto(webUrl(view.path))
        expect(res?.status()).toBe(200)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.heading)
        await expect(page.getByText(view.content).first()).toBeVisible()
        await page.waitForLoadState('networkidle')
        await expectNoHorizontalScroll(page)
        await expectNoAxeViolations(page)
        expect(errors, 'console errors (CSP, hydration)').toEqual([])
        await screenshot(page, view.name)
      })
    }
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  for (const view of views) {
    test(`${view.name} is fully server-rendered`, async ({ page }) => {
      await page.goto(webUrl(view.path))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.heading)
      await expect(page.getByText(view.content).first()).toBeVisible()
      if (view.name === 'overview' || view.name === 'timeline') await screenshot(page, `${view.name}-nojs`)
    })
  }

  test('timeline filters work as a plain form', async ({ page }) => {
    await page.goto(webUrl('/timeline'))
    await page.getByLabel('Kind').selectOption('treaty')
    await page.getByRole('button', { name: 'Show' }).click()
    await expect(page).toHaveURL(/kind=treaty/)
    await expect(page.getByText('Putin and Kim Jong Un sign the partnership treaty')).toBeVisible()
    await expect(page.getByText('First reported clashes with North Korean troops')).toHaveCount(0)
  })
})

test('the overview puts the competing estimates and official confirmation up front', async ({ page }) => {
  await page.goto(webUrl('/'))
  const casualties = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Casualties' }) })
  await expect(casualties.getByText(/estimates from \d+ claimants/)).toBeVisible()
  await expect(page.getByText(/Russia:\s*confirmed on 26 April 2025/)).toBeVisible()
  // The dataset's size comes from the layout's dataset() call, not from fetching every record.
  await expect(page.getByText(/side by side\.\s+\d+ claims from\s+\d+ sources\./)).toBeVisible()
  await expect(page.getByText(/North Korea:\s*confirmed on 28 April 2025/)).toBeVisible()
  await expect(page.getByRole('img', { name: /^Events from/ })).toBeVisible()
})

test('a timeline filter changes the URL and the events', async ({ page }) => {
  await page.goto(webUrl('/timeline'))
  const all = await page.getByRole('status').textContent()
  await page.getByLabel('Kind').selectOption('statement')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/kind=statement/)
  await expect(page.getByRole('status')).not.toHaveText(all ?? '')
  for (const badge of await page.locator('li.event .kind').allTextContents()) expect(badge).toBe('statement')
})

test('"as known on" replays the timeline as it stood that day', async ({ page }) => {
  await page.goto(webUrl('/timeline?as_of=2024-11-01'))
  await expect(page.getByRole('status')).toContainText('as known on 1 November 2024')
  await expect(page.getByText('North Korea confirms its deployment')).toHaveCount(0)
  await expect(page.getByText('Putin and Kim Jong Un sign the partnership treaty')).toBeVisible()
})

test('claims search narrows the list and keeps the query in the URL', async ({ page }) => {
  await page.goto(webUrl('/claims'))
  await page.getByLabel('Words').fill('Vladivostok')
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/q=Vladivostok/)
  await expect(page.getByRole('status')).toContainText(/\d+ claims? match/)
  await expect(
    page.getByRole('link', { name: /About 1,500 North Korean special forces arrived in Vladivostok/ }),
  ).toBeVisible()
})

test('a claim page shows evidence, grades, history, relations and how to cite it', async ({ page }) => {
  await page.goto(webUrl('/claims/article-not-officially-confirmed'))
  await expect(page.getByRole('blockquote').first()).toContainText(
    'Neither Moscow nor Pyongyang has officially confirmed',
  )
  await expect(page.getByText('Grade F, reliability cannot be judged').first()).toBeVisible()
  const history = page.getByRole('list').filter({ hasText: 'Superseded' }).first()
  await expect(history).toContainText('26 April 2025')
  await expect(page.getByText('Superseded by').first()).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Cite this' })).toBeVisible()
  await expect(page.getByText(/claim article-not-officially-confirmed\./)).toBeVisible()
})

test('sources can be filtered by grade', async ({ page }) => {
  await page.goto(webUrl('/sources'))
  await page.getByLabel('Reliability grade').selectOption('F')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/grade=F/)
  await expect(
    page.getByRole('row').filter({ hasText: 'North Korea Is Sending a Second Wave' }),
  ).toBeVisible()
  await expect(page.getByRole('status')).not.toContainText('158')
})

test('sources come fifty a page, newest first, and the pager keeps the grade', async ({ page }) => {
  await page.goto(webUrl('/sources?grade=B'))
  const status = page.getByRole('status')
  await expect(status).toContainText(/^\s*\d+ sources\. Newest first: 1–50\./)
  await expect(page.locator('tbody tr')).toHaveCount(50)
  const first = await page.locator('tbody tr').first().textContent()
  await page
    .getByRole('navigation', { name: 'Pages of sources' })
    .getByRole('link', { name: 'Older →' })
    .click()
  await expect(page).toHaveURL(/grade=B/)
  await expect(page).toHaveURL(/page=2/)
  await expect(status).toContainText('Newest first: 51–100.')
  await expect(page.locator('tbody tr').first()).not.toHaveText(first ?? '')
  for (const grade of await page.locator('tbody td[data-label="Grade"]').allTextContents())
    expect(grade.trim()).toMatch(/^B/)
})

test('unknown ids get a 404 page, not a blank one', async ({ page }) => {
  for (const path of [
    '/claims/no-such-claim',
    '/actors/nobody',
    '/places/atlantis',
    '/sources/nothing',
    '/no-such-page',
  ]) {
    const res = await page.goto(webUrl(path))
    expect(res?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found')
  }
})

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' })
  for (const path of ['/', '/claims/article-not-officially-confirmed', '/timeline']) {
    test(`${path} keeps its contrast`, async ({ page }) => {
      await page.goto(webUrl(path))
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
      expect(background).toBe('rgb(20, 20, 19)')
      await expectNoAxeViolations(page)
      if (path === '/') await screenshot(page, 'overview-dark')
    })
  }
})
