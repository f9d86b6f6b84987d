// 五、应急处置 at discovery: an inspector judges a lived-in house 疑似危房; it is on the
// street's critical list at once, and staff record the evacuation with a photo from that
// row before any appraisal. A dangerous house without a case gets one from its row.
import crypto from 'node:crypto'
import { startBrowserEnv, type BrowserEnv } from './browser-env'
import { whitePng } from './stamped-photo'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(256)])

async function api(user: string, action: string, input: unknown) {
  const res = await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': user }, body: JSON.stringify({ action, input }) })
  return res.json()
}

it('a 疑似危房 with people inside is on the critical list at once and its evacuation is recorded before any appraisal', async () => {
  const page = await env.newPage()
  const login = async (user: string) => {
    await page.goto(`${env.base}/#/pages/login/index`)
    await page.locator(`[data-testid="login-user-${user}"]`).click()
    await page.waitForTimeout(300)
  }
  // The inspector judges a house of his plan 疑似危房, with people living in it.
  await login('u-insp-yulong')
  await page.locator('[data-testid="tile-plan"]:visible').click()
  await page.locator('[data-testid="plan-item"]:visible').first().waitFor()
  // A house not yet on the critical list (not appraised C/D, not judged 疑似危房 before).
  const ids = await page.locator('[data-testid="plan-item"]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-house-id')!))
  const houses = await env.runtime.store.collection('houses').getMany(ids)
  const houseId = houses.find((h) => h.grade !== 'C' && h.grade !== 'D' && h.lastJudgment !== 'suspectedDanger' && !h.openCaseId)!._id
  expect((await api('u-staff-bachuan', 'case.critical', {})).data.map((h: { houseId: string }) => h.houseId)).not.toContain(houseId)
  await page.locator(`[data-testid="plan-item"][data-house-id="${houseId}"]:visible`).click()
  await page.locator('[data-testid="patrol-form"]:visible').waitFor()
  await page.locator('[data-testid="findings-rest-ok"]:visible').click()
  await page.locator('[data-testid="finding-walls-serious"]:visible').click()
  await page.locator('[data-testid="judgment-suspectedDanger"]:visible').click()
  await page.locator('[data-testid="occupied-yes"]:visible').click()
  await page.locator('[data-testid="photo-input"]').last().setInputFiles({ name: 'wall.jpg', mimeType: 'image/jpeg', buffer: JPEG })
  await page.locator('[data-testid="photo-thumb"]:visible').first().waitFor()
  await page.locator('[data-testid="patrol-submit"]:visible').click()
  await page.locator('[data-testid="patrol-saved"]:visible').waitFor()
  let house = (await env.runtime.store.collection('houses').get(houseId))!
  for (let i = 0; i < 40 && !house.openCaseId; i++) {
    await page.waitForTimeout(250)
    house = (await env.runtime.store.collection('houses').get(houseId))!
  }
  expect(house.openCaseId).toBeTruthy()

  // The street sees it on the critical list at once, and records the evacuation from its row.
  await login('u-staff-bachuan')
  await page.goto(`${env.base}/#/street/pages/critical/index`)
  const row = page.locator(`[data-testid="critical-item"][data-house-id="${houseId}"]:visible`)
  await row.waitFor()
  expect(await row.getAttribute('data-suspected')).toBe('true')
  await env.shot(page, 'critical-suspected')
  await row.click()
  await page.locator('[data-testid="case-actions"][data-open="record-evacuation"]:visible').waitFor()
  await page.locator('[data-testid="case-living-now-option-relatives"]:visible').click()
  await page.locator('[data-testid="case-note"] textarea:visible, [data-testid="case-note"] input:visible').first().fill('已搬到儿子家住')
  await page.locator('[data-testid="case-photos-input"]').last().setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: await whitePng(page, 1200, 900) })
  await page.locator('[data-testid="case-photos-count"][data-count="1"]').last().waitFor()
  await page.locator('[data-testid="case-form-submit"]:visible').click()
  await page.locator('[data-testid="case-emergency"][data-evacuated="true"]:visible').waitFor()
  const c = (await api('u-staff-bachuan', 'case.get', { caseId: house.openCaseId })).data
  expect(c.stage).not.toBe('appraised')
  expect(c.timeline.find((e: { action: string }) => e.action === 'evacuation')?.photos).toHaveLength(1)
  await page.goto(`${env.base}/#/street/pages/critical/index`)
  await page.locator('[data-testid="critical-list"]:visible, .page:visible').first().waitFor()
  await page.waitForTimeout(500)
  expect(await page.locator(`[data-testid="critical-item"][data-house-id="${houseId}"]:visible`).count()).toBe(0)
})

it('a dangerous house with people inside and no case gets one from its row, straight to the evacuation form', async () => {
  const houses = env.runtime.store.collection('houses')
  const free = (await houses.find({ where: { villageId: 'v-yulong' }, limit: 200 })).find((h) => !h.openCaseId && !h.retiredAt)!
  await houses.update(free._id, { grade: 'D', gradedAt: '2026-10-01T10:00:00+08:00', occupancy: 'occupied' })
  const page = await env.newPage()
  await page.goto(`${env.base}/#/pages/login/index`)
  await page.locator('[data-testid="login-user-u-staff-bachuan"]').click()
  await page.waitForTimeout(300)
  await page.goto(`${env.base}/#/street/pages/critical/index`)
  const row = page.locator(`[data-testid="critical-item"][data-house-id="${free._id}"]:visible`)
  await row.waitFor()
  await row.locator('[data-testid="critical-open-case"]').click()
  await page.locator('[data-testid="case-actions"][data-open="record-evacuation"]:visible').waitFor()
  expect((await houses.get(free._id))!.openCaseId).toBeTruthy()
})
