import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// Debian's Chromium: Playwright's own browser download cannot work on these machines.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = existsSync(chromium)

if (!hasChromium) {
  const hint = `Chromium not found at ${chromium}: install it with "sudo apt-get install -y chromium" or set CHROMIUM_PATH.`
  if (process.env.CI) throw new Error(hint)
  console.log(`Skipping browser tests. ${hint}`)
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: hasChromium ? '**/*.test.ts' : [],
  globalSetup: hasChromium ? './e2e/global-setup.ts' : undefined,
  forbidOnly: Boolean(process.env.CI),
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      // Without the networking flags Chromium keeps trying hosts this machine cannot reach.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
