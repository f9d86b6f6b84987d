// After a flood is declared, the inspector of a village it covers finds it from his home
// screen without any message, and the street finds it from its own; each row opens the
// disaster's page.
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
  const declare = (userId: string, input: Record<string, unknown>) =>
    fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': userId }, body: JSON.stringify({ action: 'disaster.declare', input }) })
  const hourAgo = new Date(Date.now() - 3600_000).toISOString()
  await declare('u-staff-bachuan', { eventId: 'de-e2e-flood', kind: 'flood', occurredAt: hourAgo, villageIds: ['v-yulong', 'v-shizi'], description: '夜间山洪，沿河一带进水' })
  await declare('u-staff-dongcheng', { eventId: 'de-e2e-east', kind: 'landslide', occurredAt: hourAgo, villageIds: ['v-qingshan'], description: '滑坡' })
})
afterAll(() => env?.close())

const loginAs = (userId: string) => env.loginAs(userId)

it("the inspector opens the flood over his village from his home screen's 灾情上报", async () => {
  const page = await loginAs('u-insp-yulong')
  const tile = page.locator('[data-testid="tile-disasters"]:visible')
  await tile.getByText('1 次待上报').waitFor()
  await tile.click()
  const rows = page.locator('[data-testid="disaster-row"]:visible')
  await rows.first().waitFor()
  expect(await rows.count()).toBe(1)
  expect(await rows.first().getAttribute('data-event-id')).toBe('de-e2e-flood')
  expect(await rows.first().locator('[data-testid="disaster-row-mine"]').innerText()).toContain('本村：还没上报完')
  await env.shot(page, 'inspector-disaster-list')
  await rows.first().click()
  await page.locator('[data-testid="disaster-event"][data-event-id="de-e2e-flood"]:visible').waitFor()
  await page.locator('[data-testid="disaster-report-open"]:visible').waitFor()
})

it("street staff open the street's disasters from the street home, and not another street's", async () => {
  const page = await loginAs('u-staff-bachuan')
  await page.locator('[data-testid="street-tile-disasters"]:visible').click()
  const rows = page.locator('[data-testid="disaster-row"]:visible')
  await rows.first().waitFor()
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))).toEqual(['de-e2e-flood'])
  expect(await rows.first().locator('[data-testid="disaster-row-villages"]').innerText()).toContain('2 个村（社区）')
  await rows.first().click()
  await page.locator('[data-testid="disaster-villages"]:visible').waitFor()
  expect(await page.locator('[data-testid="disaster-village"]:visible').count()).toBe(2)
})
