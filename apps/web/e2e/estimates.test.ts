import { expect, test } from '@playwright/test'
import {
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  screenshot,
  webUrl,
} from './helpers.ts'

const nis = 'National Intelligence Service (South Korea)'

for (const width of [375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })

    test('the estimates index leads with troops sent and casualty figures', async ({ page }) => {
      const errors = collectErrors(page)
      const res = await page.goto(webUrl('/estimates'))
      expect(res?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Competing estimates')
      const lead = page.getByRole('region', { name: 'Troops and casualties' }).getByRole('link')
      // Captured counts are incidents (two soldiers on one day), not running totals: none to compare.
      await expect(lead).toHaveText(['Troops sent', 'Casualties', 'Killed', 'Wounded'])
      await expect(lead.first()).toHaveAttribute('href', '/estimates/troops-sent')
      await expect(
        page.getByRole('region', { name: 'Other figures' }).getByRole('link').first(),
      ).toBeVisible()
      await expectNoHorizontalScroll(page)
      await expectNoAxeViolations(page)
      expect(errors, 'console errors, e.g. CSP violations or hydration failures').toEqual([])
      await screenshot(page, 'estimates')
    })

    test('a series shows its chart, its marks as links that read aloud, and the same rows in a table', async ({
      page,
    }) => {
      const errors = collectErrors(page)
      const res = await page.goto(webUrl('/estimates/killed'))
      expect(res?.status()).toBe(200)
      await page.waitForLoadState('networkidle')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Killed: competing estimates')

      const chart = page.getByRole('img', { name: /^Killed: \d+ estimates over time/ })
      await expect(chart).toBeVisible()
      await expect(chart).toHaveAccessibleDescription(/on a scale from 0/)

      // The fuzzy "mid-January" estimate: its mark is a link named by the sentence, to its row in the table.
      const targets = page
        .getByRole('group', { name: 'Estimates on the chart; each goes to its row in the table' })
        .getByRole('link')
      await expect(targets.first()).toBeVisible()
      await expect(
        page.getByRole('link', { name: /about 1,000 killed, as of mid-January 2025, per Western officials/ }),
      ).toHaveAttribute('href', /^#est-/)
      const marks = page.locator('.frame:visible g.ec-mark')

      const table = page.getByRole('table')
      const row = table.getByRole('row').filter({ hasText: 'around 1,000' })
      await expect(row).toContainText('mid-January 2025')
      await expect(row).toContainText('Western officials')
      await expect(row.getByRole('link', { name: 'about 1,000' })).toHaveAttribute('href', /^\/claims\//)
      // One table row per mark, plus the figures without a number listed under the chart.
      const vague = await page
        .getByRole('region', { name: 'Figures without a number' })
        .getByRole('listitem')
        .count()
      expect(await table.locator('tbody tr').count()).toBe((await marks.count()) + vague)

      await expect(page.getByRole('link', { name: 'Download CSV of what you see' })).toHaveAttribute(
        'href',
        '/estimates/killed/csv',
      )
      await expectNoHorizontalScroll(page)
      await expectNoAxeViolations(page)
      expect(errors, 'console errors, e.g. CSP violations or hydration failures').toEqual([])
      await screenshot(page, 'estimates-killed')
    })
  })
}

test('choosing a claimant and a date changes the URL, the chart and the table', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto(webUrl('/estimates/killed'))
  await page.waitForLoadState('networkidle')
  const rows = page.locator('table tbody tr')
  const marks = page.locator('.frame:visible g.ec-mark')
  const targets = page
    .getByRole('group', { name: 'Estimates on the chart; each goes to its row in the table' })
    .getByRole('link')
  const allRows = await rows.count()
  const allMarks = await marks.count()

  await page.getByLabel('Claimant', { exact: true }).selectOption({ label: nis })
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/[?&]claimant=rok-nis(&|$)/)
  await expect(page.getByText(/^Showing \d+ estimates? by National Intelligence Service/)).toBeVisible()
  const nisRows = await rows.count()
  expect(nisRows).toBeGreaterThan(0)
  expect(nisRows).toBeLessThan(allRows)
  for (const text of await rows.allInnerTexts()) expect(text).toContain(nis)
  expect(await marks.count()).toBeLessThan(allMarks)
  for (const name of await targets.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')))) {
    expect(name).toContain(`per ${nis}`)
  }

  await page.getByLabel('As known on', { exact: true }).fill('2025-01-15')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/as_of=2025-01-15/)
  await expect(page).toHaveURL(/claimant=rok-nis/)
  await expect(page.getByText(/^Showing \d+ estimates? by .*, as known on 15 January 2025/)).toBeVisible()
  await expect(page.getByRole('img', { name: /as known on 15 January 2025/ })).toBeVisible()
  expect(await rows.count()).toBeLessThan(nisRows)
  await expect(page.getByRole('link', { name: 'Download CSV of what you see' })).toHaveAttribute(
    'href',
    '/estimates/killed/csv?claimant=rok-nis&as_of=2025-01-15',
  )
  await expect(page.getByLabel('Claimant', { exact: true })).toHaveValue('rok-nis')
  await expect(page.getByLabel('As known on', { exact: true })).toHaveValue('2025-01-15')

  await page.getByRole('link', { name: 'Clear filters' }).click()
  await expect(page).toHaveURL(/\/estimates\/killed$/)
  await expect(rows).toHaveCount(allRows)
  expect(errors).toEqual([])
})

test('a legend name shows only that claimant', async ({ page }) => {
  await page.goto(webUrl('/estimates/troops-sent'))
  await page.getByRole('region', { name: 'Claimants' }).getByRole('link', { name: nis }).click()
  await expect(page).toHaveURL(/claimant=rok-nis/)
  for (const text of await page.locator('table tbody tr').allInnerTexts()) expect(text).toContain(nis)
})

test('the CSV download has the rows of the page, as a named CSV file', async ({ request }) => {
  const res = await request.get(webUrl('/estimates/killed/csv?claimant=rok-nis&as_of=2025-02-01'))
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toMatch(/^text\/csv/)
  expect(res.headers()['content-disposition']).toBe(
    'attachment; filename="estimates-killed-rok-nis-as-known-2025-02-01.csv"',
  )
  const [header, ...lines] = (await res.text()).trim().split(/\r?\n/)
  expect(header).toMatch(/^claim,claimant,/)
  expect(lines.length).toBeGreaterThan(0)
  for (const line of lines) expect(line.split(',')[1]).toBe('rok-nis')
})

test('an unknown kind of figure gets a 404 page, and its CSV a 404', async ({ page, request }) => {
  const res = await page.goto(webUrl('/estimates/no-such-figure'))
  expect(res?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found')
  expect((await request.get(webUrl('/estimates/no-such-figure/csv'))).status()).toBe(404)
})

test('a malformed date is ignored with a note, not an error page', async ({ page }) => {
  const res = await page.goto(webUrl('/estimates/killed?as_of=January'))
  expect(res?.status()).toBe(200)
  await expect(page.getByRole('status').filter({ hasText: 'YYYY-MM-DD' })).toBeVisible()
  await expect(page.getByText(/^Showing all \d+ estimates/)).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const width of [375, 1280]) {
    test(`the chart, table and filters work from server HTML at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      const res = await page.goto(webUrl('/estimates/troops-sent'))
      expect(res?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Troops sent: competing estimates')
      await expect(page.getByRole('img', { name: /^Troops sent: \d+ estimates over time/ })).toBeVisible()
      await expect(page.locator('svg[role="img"]:visible title')).toHaveCount(1)
      const rows = page.locator('table tbody tr')
      const all = await rows.count()
      expect(all).toBeGreaterThan(0)
      await expectNoHorizontalScroll(page)
      await screenshot(page, 'estimates-troops-sent-nojs')

      await page.getByLabel('Claimant', { exact: true }).selectOption({ label: nis })
      await page.getByRole('button', { name: 'Show' }).click()
      await expect(page).toHaveURL(/claimant=rok-nis/)
      const filtered = await rows.count()
      expect(filtered).toBeGreaterThan(0)
      expect(filtered).toBeLessThan(all)
    })
  }
})

test('a series compares only running totals and lists the other figures apart, saying what each counts', async ({
  page,
}) => {
  await page.goto(webUrl('/estimates/troops-sent'))
  await expect(page.locator('.lede')).toContainText('Cumulative totals as stated by each claimant')
  const others = page.getByRole('region', { name: 'Other figures of this kind, not compared' })
  await expect(
    others.getByRole('listitem').filter({ hasText: 'The engineers and deminers (2025) only' }).first(),
  ).toBeVisible()
  await expect(others.getByRole('listitem').filter({ hasText: 'planned' }).first()).toBeVisible()
  const table = page.getByRole('region', { name: 'Every estimate, in words' })
  await expect(table).not.toContainText('1,000 sappers')
  await expect(others).toContainText(
    'Russia, 17 June 2025: 1,000 — The engineers and deminers (2025) only · planned',
  )
})

test.describe('the chart on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true })

  test('targets never overlap, are 24 px or more, show their values on focus and tap, and say superseded', async ({
    page,
  }) => {
    await page.goto(webUrl('/estimates/troops-sent'))
    const targets = page.locator('.frame:visible a.target')
    const boxes = await targets.evaluateAll((links) =>
      links.map((a) => {
        const r = (a.querySelector('rect.hit') as SVGRectElement).getBoundingClientRect()
        return { x: r.x, y: r.y, w: r.width, h: r.height }
      }),
    )
    expect(boxes.length).toBeGreaterThan(1)
    for (const [i, a] of boxes.entries()) {
      expect(Math.min(a.w, a.h)).toBeGreaterThanOrEqual(24)
      for (const b of boxes.slice(i + 1))
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true)
    }
    // Every drawn estimate is under exactly one target.
    const under = await targets.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''))
    expect(under.join(' ').match(/ per /g)?.length).toBe(
      await page.locator('.frame:visible g.ec-mark').count(),
    )
    // A superseded estimate says so before anything else.
    expect(under.some((label) => /(^|\. )Superseded: /.test(label))).toBe(true)

    const first = targets.first()
    await first.focus()
    await expect(first.locator('.tip')).toBeVisible()
    await expect(first.locator('.tip text').first()).toHaveText(/\d/)
    await targets.nth(1).tap()
    await expect(page).toHaveURL(/#est-/)
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1))
    await expect(page.locator(`tr[id="${id}"]`)).toBeInViewport()
    await expect(targets.nth(1).locator('.tip')).toBeVisible()
  })

  test('the table becomes one card per estimate that shows every column', async ({ page }) => {
    await page.goto(webUrl('/estimates/troops-sent'))
    const row = page.locator('table.stack tbody tr').first()
    for (const cell of await row.locator('th, td').all()) {
      await expect(cell).toBeVisible()
      const box = await cell.boundingBox()
      expect((box?.x ?? -1) + (box?.width ?? 0)).toBeLessThanOrEqual(375)
    }
    await expect(row.locator('[data-label="Sources"] a').first()).toBeVisible()
    await expect(row.locator('[data-label="Status"]')).toContainText(/Reported|Superseded|Corroborated/)
  })
})
