import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, expectNoHorizontalScroll, webUrl } from './helpers.ts'

const series = '/estimates/killed?claimant=rok-nis'

test('a series page offers its chart as SVG and PNG, its data, an embed and a citation, with a preview card', async ({
  page,
  request,
}) => {
  await page.goto(webUrl(series))
  const share = page.getByRole('region', { name: 'Share and reuse' })
  const svgHref = (await share.getByRole('link', { name: 'Chart as SVG' }).getAttribute('href')) as string
  const pngHref = (await share.getByRole('link', { name: 'Chart as PNG' }).getAttribute('href')) as string
  expect(svgHref).toContain('claimant=rok-nis')

  const svg = await request.get(webUrl(svgHref))
  expect(svg.headers()['content-type']).toContain('image/svg+xml')
  expect(svg.headers()['content-disposition']).toContain('estimates-killed.svg')
  const text = await svg.text()
  expect(text).toContain('<svg xmlns="http://www.w3.org/2000/svg"')
  // Self-contained: its own styles, no custom properties a file cannot resolve, the source credited.
  expect(text).toContain('<style>')
  expect(text).not.toContain('var(--')
  expect(text).toContain('CC BY 4.0')
  expect(text).toContain('National Intelligence Service (South Korea)')

  const png = await request.get(webUrl(pngHref))
  expect(png.headers()['content-type']).toBe('image/png')
  const bytes = await png.body()
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')

  const og = (await page.locator('meta[property="og:image"]').getAttribute('content')) as string
  expect(og).toMatch(/\/estimates\/killed\/og\.png\?claimant=rok-nis$/)
  const card = await request.get(webUrl(new URL(og).pathname + new URL(og).search))
  expect(card.headers()['content-type']).toBe('image/png')
  // 1200 × 630, read from the PNG's header.
  const head = await card.body()
  expect([head.readUInt32BE(16), head.readUInt32BE(20)]).toEqual([1200, 630])
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')

  const code = await share.getByLabel(/Embed code/).inputValue()
  expect(code).toMatch(/^<iframe src="[^"]+\/embed\/estimates\/killed\?claimant=rok-nis"/)
  await expect(share.locator('.cite')).toContainText(
    /dataset \d+\.\d+\.\d+\. \S+\/estimates\/killed\?claimant=rok-nis/,
  )
})

for (const width of [375, 1280]) {
  test(`the embed at ${width} px is the chart alone, framable by any site, links opening the full page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 })
    const res = await page.goto(webUrl('/embed/estimates/killed'))
    expect(res?.status()).toBe(200)
    const headers = res?.headers() ?? {}
    expect(headers['content-security-policy']).toContain('frame-ancestors *')
    expect(headers['x-frame-options']).toBeUndefined()
    await expect(page.getByRole('navigation')).toHaveCount(0)
    await expect(page.getByRole('img', { name: /^Killed: \d+ estimates over time/ })).toBeVisible()
    const mark = page.locator('.frame:visible a.target').first()
    await expect(mark).toHaveAttribute('href', /\/estimates\/killed#est-/)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })
}

test('another site can frame the embed, and cannot frame a normal page', async ({ page }) => {
  const embed = webUrl('/embed/estimates/troops-sent')
  // Another site (another origin on this machine, so Chromium's private-network rules allow it) framing the embed.
  const site = createServer((_, res) => {
    res.setHeader('Content-Type', 'text/html')
    res.end(`<iframe id="ok" src="${embed}" width="600" height="500"></iframe>`)
  })
  await new Promise<void>((resolve) => site.listen(0, 'localhost', resolve))
  await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/`)
  const frame = page.frameLocator('#ok')
  await expect(frame.getByRole('heading', { name: 'Troops sent: competing estimates' })).toBeVisible()
  const res = await page.request.get(webUrl('/estimates/troops-sent'))
  expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  site.close()
})

const views = [
  '/',
  '/timeline',
  '/estimates',
  '/estimates/troops-sent',
  '/contingents',
  '/map',
  '/claims',
  '/claims/nis-special-forces-vladivostok-2024-10',
  '/sources',
  '/sources/founding-article',
  '/actors',
  '/actors/rok-nis',
  '/places',
  '/places/sudzha',
  '/about',
  '/search?q=kursk',
]
test('every view has a description and a preview card, and the site card is an image', async ({
  page,
  request,
}) => {
  for (const path of views) {
    await page.goto(webUrl(path))
    const description = await page.locator('meta[name="description"]').getAttribute('content')
    expect(description?.length, path).toBeGreaterThan(40)
    const images = await page
      .locator('meta[property="og:image"]')
      .evaluateAll((m) => m.map((e) => e.getAttribute('content')))
    expect(images, path).toHaveLength(1)
  }
  const card = await request.get(webUrl('/og.png'))
  expect(card.headers()['content-type']).toBe('image/png')
})
