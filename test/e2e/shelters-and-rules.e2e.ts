// Street staff keep each village's 安置点 from the street home, and the farmer sees his
// village's on his own page with a call button; a warning of a type no rule knows sends
// staff to 预警规则, where they add one.
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

it('staff add a 安置点 for 玉龙村 from the street home, and the 玉龙村 farmer sees it on his page', async () => {
  const staff = await env.loginAs('u-staff-bachuan')
  await staff.locator('[data-testid="street-tile-shelters"]:visible').click()
  await staff.locator('[data-testid="shelter-add"]:visible').click()
  await staff.locator('[data-testid="shelter-village"]:visible').click()
  await staff.locator('[data-testid="shelter-village-option-v-yulong"]:visible').click()
  for (const [id, value] of [['shelter-name', '玉龙村村委会'], ['shelter-address', '玉龙村1组'], ['shelter-contact', '值班室'], ['shelter-phone', '023-45678901'], ['shelter-capacity', '40']] as const) {
    await staff.locator(`[data-testid="${id}"]:visible input`).fill(value)
  }
  await staff.locator('[data-testid="shelter-save"]:visible').click()
  const item = staff.locator('[data-testid="shelter-item"]:visible')
  await item.first().waitFor()
  expect(await item.first().innerText()).toContain('玉龙村村委会')
  await env.shot(staff, 'street-shelters')

  const farmer = await env.loginAs('u-farmer-yulong')
  const mine = farmer.locator('[data-testid="my-shelters"]:visible')
  await mine.waitFor()
  expect(await mine.innerText()).toContain('玉龙村村委会')
  expect(await mine.innerText()).toContain('打给值班室')
  await env.shot(farmer, 'farmer-shelters')
})

it('a warning no rule knows is marked on the alert list and staff add a rule for it', async () => {
  // A warning whose code the deployment has no rule for (as QWeather may add one).
  const res = await fetch(`${env.base}/fn/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-user': 'u-staff-bachuan' },
    body: JSON.stringify({ action: 'alert.issue', input: { alertId: 'al-e2e-heat', eventType: '1009', color: 'red', villageIds: ['v-yulong'], startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 86400_000).toISOString(), text: '高温红色预警' } }),
  })
  expect((await res.json()).ok).toBe(true)
  const staff = await env.loginAs('u-staff-bachuan')
  await staff.locator('[data-testid="street-tile-alerts"]:visible').click()
  await staff.locator('[data-testid="alert-no-rule"]:visible').first().click()
  await staff.locator('[data-testid="rules-unmatched"]:visible').waitFor()
  await staff.locator('[data-testid="rules-cover"]:visible').first().click()
  await staff.locator('[data-testid="rule-add"]:visible').click()
  const own = staff.locator('[data-testid="rules-own-item"]:visible')
  await own.first().waitFor()
  expect(await own.first().innerText()).toContain('代码 1009')
  expect(await staff.locator('[data-testid="rules-unmatched"]:visible').count()).toBe(0)
  await env.shot(staff, 'street-alert-rules')
})
