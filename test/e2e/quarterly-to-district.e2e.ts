// 季度预警数据 from the street to 区住建局, in a real browser: street staff make last
// quarter's report from its frozen figures and send it to the leader, the leader approves
// it, and the district (the demo's login, made by an accepted invitation) finds it in its
// inbox, sees who sent it when, and receives it; its home lists only its own district's streets.
import type { Page } from 'playwright-core'
import { seedDistrictLogin } from '../../server/seed/demo-district'
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
let districtUser: string
beforeAll(async () => {
  env = await startBrowserEnv()
  districtUser = await seedDistrictLogin(env.runtime.deps)
})
afterAll(() => env?.close())

const item = (page: Page, flow: string) => page.locator(`[data-testid="quarterly-item"][data-flow="${flow}"]:visible`)

it('a quarterly report goes street staff → leader → district, and the district sees it', async () => {
  const staff = await env.loginAs('u-staff-bachuan')
  await staff.locator('[data-testid="street-tile-reports"]:visible').click()
  await staff.locator('[data-testid="quarter-prev"]:visible').click()
  await staff.locator('[data-testid="quarterly-start"]:visible').click()
  await staff.locator('[data-testid="quarterly-new"] [data-testid="quarterly-result"]:visible').waitFor({ timeout: 60_000 })
  await item(staff, 'draft').first().locator('.rp-item__head').click()
  expect(await item(staff, 'draft').first().innerText()).toContain('之后的变动不计入')
  await staff.locator('[data-testid="report-send-note"] input').fill('请王主任审核')
  await staff.locator('[data-testid="report-send"]:visible').click()
  await item(staff, 'awaitingApproval').waitFor()
  await env.shot(staff, 'quarterly-sent-to-leader')

  const leader = await env.loginAs('u-leader-bachuan')
  await leader.locator('[data-testid="street-tile-reports"]:visible').click()
  await item(leader, 'awaitingApproval').locator('.rp-item__head').click()
  expect(await item(leader, 'awaitingApproval').innerText()).toContain('说明：请王主任审核')
  await leader.locator('[data-testid="report-approve"]:visible').click()
  await item(leader, 'submitted').waitFor()
  expect(await item(leader, 'submitted').innerText()).toContain('审核报送：巴川街道 王主任')
  await env.shot(leader, 'quarterly-approved')

  const district = await env.loginAs(districtUser)
  await district.locator('[data-testid="district-home"]:visible').waitFor()
  const streets = district.locator('[data-testid="district-street"]:visible')
  await streets.first().waitFor()
  expect(await streets.evaluateAll((els) => els.map((e) => e.getAttribute('data-street-id')))).toEqual(['s-bachuan', 's-dongcheng'])
  expect(await district.locator('[data-testid="district-street"][data-street-id="s-bachuan"] [data-testid="district-street-report"]').getAttribute('data-state')).toBe('submitted')
  expect(await district.locator('[data-testid="district-inbox"]:visible').getAttribute('data-waiting')).toBe('1')
  await env.shot(district, 'district-home')

  await district.locator('[data-testid="district-inbox"]:visible').click()
  const report = district.locator('[data-testid="district-report"]:visible')
  await report.waitFor()
  expect(await report.getAttribute('data-state')).toBe('submitted')
  const text = await report.innerText()
  expect(text).toContain('巴川街道')
  expect(text).toContain('提交审核：巴川建管办 刘工')
  expect(text).toContain('审核报送：巴川街道 王主任')
  await district.locator('[data-testid="district-receive"]:visible').click()
  await district.locator('[data-testid="district-report"][data-state="received"]:visible').waitFor()
  expect(await district.locator('[data-testid="district-report"]:visible').innerText()).toContain('区住建局接收：铜梁区住建局 李科长')
  await env.shot(district, 'district-report-received')
}, 180_000)

it("the district drills into a street's villages, and another district's street is refused", async () => {
  const district = await env.loginAs(districtUser)
  await district.locator('[data-testid="district-street"][data-street-id="s-bachuan"]:visible').click()
  await district.locator('[data-testid="district-street-screen"]:visible [data-testid="district-village"]').first().waitFor()
  expect(await district.locator('[data-testid="district-village"]:visible').count()).toBe(12)
  await env.shot(district, 'district-street')
  // Streets outside 铜梁区 are not the district's: a crafted call is FORBIDDEN.
  await env.runtime.store.collection('orgs').insertMany([
    { _id: 'd-other', level: 'district', name: '大足区', parentId: null, code: '500111', lat: 29.7, lng: 105.7 },
    { _id: 's-other', level: 'street', name: '龙岗街道', parentId: 'd-other', code: '500111001', lat: 29.7, lng: 105.7 },
  ])
  env.runtime.deps.orgs.invalidate()
  const res = await (await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': districtUser }, body: JSON.stringify({ action: 'district.street', input: { streetId: 's-other' } }) })).json()
  expect(res.code).toBe('FORBIDDEN')
})
