// 区住建局 in a real browser: from its home each street's renovation plan of the year opens
// the plan list it totals — read only, exportable — and a quarterly report that reached it
// after the deadline says 逾期 N 天提交 on the district's home and in its inbox, and on the
// street's report page.
import type { Page } from 'playwright-core'
import { seedDistrictLogin } from '../../server/seed/demo-district'
import { seedDemoHistory } from '../../server/seed/demo-history'
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
let districtUser: string
let lateDays = 0

const api = (userId: string, action: string, input: Record<string, unknown>) =>
  fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': userId }, body: JSON.stringify({ action, input }) }).then((r) => r.json() as Promise<{ ok: boolean; data: any; message?: string }>)

beforeAll(async () => {
  env = await startBrowserEnv()
  // The demo as `npm start` shows it, with this year's renovation plan.
  await seedDemoHistory(env.runtime.deps)
  districtUser = await seedDistrictLogin(env.runtime.deps)
  // Last quarter's report, made, sent and approved through the actions as the pages do.
  const quarter = (await api(districtUser, 'district.summary', {})).data.quarter as string
  let r = await api('u-staff-bachuan', 'report.quarterlyStart', { reportId: 'rep-e2e-late', quarter })
  for (let i = 0; i < 100 && r.ok && r.data.phase !== 'done'; i++) r = await api('u-staff-bachuan', 'report.quarterlyStep', { reportId: 'rep-e2e-late' })
  if (!r.ok || r.data.phase !== 'done') throw new Error(`report not made: ${JSON.stringify(r)}`)
  await api('u-staff-bachuan', 'report.quarterlySend', { reportId: 'rep-e2e-late', note: '' })
  const approved = await api('u-leader-bachuan', 'report.quarterlyApprove', { reportId: 'rep-e2e-late' })
  if (!approved.ok) throw new Error(`not approved: ${approved.message}`)
  lateDays = approved.data.lateDays
}, 180_000)
afterAll(() => env?.close())

async function districtHome(): Promise<Page> {
  const page = await env.loginAs(districtUser)
  await page.locator('[data-testid="district-street"]:visible').first().waitFor()
  return page
}

it("the district opens a street's renovation plan from its home: the list it totals, read only, exportable", async () => {
  const page = await districtHome()
  const tile = page.locator('[data-testid="district-street-plan"][data-street-id="s-bachuan"]:visible')
  const households = Number(await tile.getAttribute('data-households'))
  expect(households).toBeGreaterThan(0)
  expect(await tile.innerText()).toMatch(/改造计划[\s\S]*纳入 \d+ 户，已完成 \d+ 户[\s\S]*计划资金 [\d.]+ 元 · 已拨付 [\d.]+ 元/)
  await env.shot(page, 'district-home-plans')
  await tile.click()
  const list = page.locator('[data-testid="plan-list"]:visible')
  await list.waitFor()
  expect(Number(await list.getAttribute('data-count'))).toBe(households)
  expect(await page.locator('[data-testid="plan-entry"]:visible').count()).toBe(households)
  expect(await page.locator('[data-testid="plan-totals"]:visible').innerText()).toContain('巴川街道')
  // Read only: nothing to add, change or take out, and no case to open.
  for (const id of ['plan-add', 'plan-edit-funds', 'plan-remove']) expect([id, await page.locator(`[data-testid="${id}"]:visible`).count()]).toEqual([id, 0])
  expect(await page.locator('[data-testid="plan-entry"]:visible').first().innerText()).not.toContain('看案件')
  await env.shot(page, 'district-street-plan')
  const exported = await api(districtUser, 'renovationPlan.export', { year: Number(new Date().getFullYear()), streetId: 's-bachuan' })
  expect([exported.ok, exported.data?.rows]).toEqual([true, households])
  expect(await page.locator('[data-testid="plan-export"]:visible').count()).toBe(1)
}, 120_000)

it('a report that reached the district after its deadline says 逾期 N 天提交 on the district home, the inbox and the street page', async () => {
  expect(lateDays).toBeGreaterThan(0)
  const page = await districtHome()
  const line = page.locator('[data-testid="district-street"][data-street-id="s-bachuan"] [data-testid="district-street-report"]')
  expect(await line.innerText()).toContain(`逾期 ${lateDays} 天提交`)
  await page.locator('[data-testid="district-inbox"]:visible').click()
  const report = page.locator('[data-testid="district-report"][data-report-id="rep-e2e-late"]:visible')
  await report.waitFor()
  expect(await report.locator('[data-testid="report-due"]').innerText()).toContain(`逾期 ${lateDays} 天提交`)
  await env.shot(page, 'district-inbox-late')

  const staff = await env.loginAs('u-staff-bachuan')
  await staff.locator('[data-testid="street-tile-reports"]:visible').click()
  const item = staff.locator('[data-testid="quarterly-item"][data-report-id="rep-e2e-late"]:visible')
  await item.locator('.rp-item__head').click()
  expect(await item.locator('[data-testid="report-due"]').innerText()).toContain(`逾期 ${lateDays} 天提交`)
}, 120_000)
