// Sums the JSON reports that every package's test run leaves in .reports/ into one closing line.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
let passed = 0
let failed = 0
let skipped = 0
const seen = []

for (const group of ['packages', 'apps']) {
  for (const pkg of readdirSync(join(root, group))) {
    const dir = join(root, group, pkg, '.reports')
    if (!existsSync(dir)) continue
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const report = JSON.parse(readFileSync(join(dir, file), 'utf8'))
      seen.push(`${group}/${pkg}/.reports/${file}`)
      if ('numPassedTests' in report) {
        // vitest (Jest-compatible JSON)
        passed += report.numPassedTests
        failed += report.numFailedTests
        skipped += report.numPendingTests + report.numTodoTests
      } else if (report.stats) {
        // Playwright JSON: unexpected = failed, flaky = passed on retry
        passed += report.stats.expected + report.stats.flaky
        failed += report.stats.unexpected
        skipped += report.stats.skipped
      }
    }
  }
}

console.log(`reports: ${seen.join(', ') || 'none'}`)
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || seen.length === 0 ? 1 : 0)
