// An inspector prints his village's house plates from 本村监测户; street staff pick a village first.
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

// Embedding the Chinese font subset in each PDF takes seconds of CPU; on a busy machine far
// more than the default 30 s (its speed is the benchmark's business, not this test's).
jest.setTimeout(180_000)

it("the inspector gets his village's plates as a PDF from his household list", async () => {
  const page = await env.loginAs('u-insp-yulong')
  await page.locator('[data-testid="tile-households"]:visible').click()
  const button = page.locator('[data-testid="plates-button"]:visible').first()
  await button.waitFor()
  expect(await button.textContent()).toContain('玉龙村')
  await button.click()
  // A big village comes in several sheets, each within the time limit; every sheet is a link.
  await page.locator('[data-testid="plates-button"]:visible .nut-button-loading, [data-testid="plates-sheet"]:visible').first().waitFor({ timeout: 60000 })
  await page.waitForFunction(() => !document.querySelector('[data-testid="plates-button"] .nut-icon-loading, [data-testid="plates-button"].nut-button-loading'), undefined, { timeout: 90000 })
  const sheets = page.locator('[data-testid="plates-sheet"]:visible')
  await sheets.first().waitFor({ timeout: 90000 })
  const plates = await sheets.evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-plates')), 0))
  expect(plates).toBeGreaterThan(0)
  // Each link is a printable PDF.
  const url = (await sheets.first().getAttribute('data-url'))!
  const pdf = Buffer.from(await (await fetch(new URL(url, env.base).toString().replace(/^http:\/\/127\.0\.0\.1(:\d+)?/, env.base))).arrayBuffer())
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  await env.shot(page, 'inspector-plates')
})
