// A newcomer's first look, in a real browser: each demo role logs in on the login page
// and sees its own real data.
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

const loginAs = (userId: string) => env.loginAs(userId)

it('an inspector logs in and sees the monitored households of his village only', async () => {
  const page = await loginAs('u-insp-yulong')
  await page.locator('[data-testid="inspector-home"]:visible').waitFor()
  await page.locator('[data-testid="tile-households"]:visible').click()
  const items = page.locator('[data-testid="household-item"]:visible')
  await items.first().waitFor()
  await page.locator('[data-testid="household-total"]:visible').waitFor()
  const texts = await items.allInnerTexts()
  expect(texts.length).toBeGreaterThan(0)
  expect(texts.every((t) => t.includes('玉龙村'))).toBe(true)
  await env.shot(page, 'inspector-households')
  // The village's count matches the server's.
  const total = await page.locator('[data-testid="household-total"]:visible').innerText()
  const server = await (await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': 'u-insp-yulong' }, body: JSON.stringify({ action: 'household.list', input: { pageSize: 1 } }) })).json()
  expect(total).toContain(String(server.data.total))
})

it('a leader logs in and sees the counts of every village', async () => {
  const page = await loginAs('u-leader-bachuan')
  await page.locator('[data-testid="street-menu"]:visible').waitFor()
  await page.locator('[data-testid="street-tile-overview"]:visible').click()
  await page.locator('[data-testid="overview-total"]:visible').waitFor()
  await expect(page.locator('[data-testid="overview-row"]:visible').count()).resolves.toBe(12)
  await env.shot(page, 'leader-overview')
})

it('a farmer logs in and sees his own house', async () => {
  const page = await loginAs('u-farmer-yulong')
  await page.locator('[data-testid="house-card"]:visible').first().waitFor()
  expect(await page.locator('[data-testid="house-card"]:visible').count()).toBeGreaterThan(0)
  await env.shot(page, 'farmer-house')
})

it('a person with two roles chooses which to act as', async () => {
  const page = await loginAs('u-staff-appraiser-bachuan')
  await page.locator('[data-testid="role-chooser"]').waitFor()
  await page.locator('[data-testid="role-option-staff"]').click()
  await page.locator('[data-testid="active-role"]').waitFor()
  expect(await page.locator('[data-testid="active-role"]').innerText()).toContain('街道建管办')
  await env.shot(page, 'role-switch')
})
