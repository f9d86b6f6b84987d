// 技术指导与监督 in the app: street staff try to accept works nobody has supervised and are
// told why not, record a supervision visit with its checklist and a stamped photo, and then
// accept the works (竣工验收). The renovation plan and the housing options open from the home.
import { startBrowserEnv, type BrowserEnv } from './browser-env'
import { expectStamped, lookAt, whitePng } from './stamped-photo'
import { aCaseAt } from '../support/builders'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

const STAFF = 'u-staff-bachuan'

/** Works under way (拆除重建) that nobody of the street has looked at yet. */
async function unsupervisedWorks(): Promise<string> {
  const house = (await env.runtime.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 50 })).find((h) => !h.openCaseId)!
  return (await aCaseAt({ rt: env.runtime }, 'case-e2e-works', house, 'renovating'))._id
}

it('works are accepted only after a supervision visit is recorded', async () => {
  const caseId = await unsupervisedWorks()
  const page = await env.loginAs(STAFF)
  // From the street home the plan and the housing options open.
  await page.locator('[data-testid="street-tile-renovation-plan"]:visible').click()
  await page.locator('[data-testid="plan-list"]:visible').waitFor()
  await page.waitForTimeout(500)
  await env.shot(page, 'renovation-plan')
  await page.goBack()
  await page.locator('[data-testid="street-tile-housing"]:visible').click()
  await page.locator('[data-testid="housing-screen"]:visible').waitFor()
  await page.waitForTimeout(500)
  await env.shot(page, 'housing-options')

  await page.goto(`${env.base}/#/street/pages/case/index?id=${caseId}`)
  await page.locator('[data-testid="case-header"][data-stage="renovating"]:visible').waitFor()
  await page.locator('[data-testid="case-supervision"][data-count="0"]:visible').waitFor()

  // 竣工验收 without a visit: refused, and the form says why.
  await page.locator('[data-testid="case-action-acceptRenovation"]:visible').click()
  await page.locator('[data-testid="case-photos-input"]').last().setInputFiles({ name: 'done.png', mimeType: 'image/png', buffer: await whitePng(page, 1200, 900) })
  await page.locator('[data-testid="case-photos-count"][data-count="1"]').last().waitFor()
  await page.locator('[data-testid="case-form-submit"]:visible').click()
  const refusal = page.locator('[data-testid="case-form-error"][data-code="ILLEGAL_TRANSITION"]:visible')
  await refusal.waitFor()
  expect(await refusal.textContent()).toContain('还没有技术指导与监督记录，不能竣工验收')
  await env.shot(page, 'acceptance-refused-without-supervision')
  await page.locator('[data-testid="case-form-cancel"]:visible').click()

  // The visit: every item of the checklist, one problem written down, a stamped photo.
  await page.locator('[data-testid="case-supervise"]:visible').click()
  for (const item of ['siteSafety', 'structure', 'progress']) await page.locator(`[data-testid="supervision-${item}-option-ok"]:visible`).click()
  await page.locator('[data-testid="supervision-materials-option-issue"]:visible').click()
  await page.locator('[data-testid="supervision-note"] textarea:visible').fill('部分砖块强度不足，已要求退换')
  await page.locator('[data-testid="supervision-photos-input"]').last().setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: await whitePng(page, 2400, 1800) })
  await page.locator('[data-testid="supervision-photos-count"][data-count="1"]').last().waitFor()
  await page.locator('[data-testid="supervision-form"] [data-testid="case-form-submit"]:visible').click()
  await page.locator('[data-testid="case-supervision"][data-count="1"]:visible').waitFor()
  await page.locator('[data-testid="supervision-visit"][data-issues="1"]:visible').waitFor()
  const [visit] = await env.runtime.store.collection('supervisionVisits').find({ where: { caseId } })
  expectStamped(await lookAt(page, (await env.runtime.deps.files.get(visit!.photos[0]!.fileId))!))
  await env.shot(page, 'supervision-visit-recorded')

  // Now 竣工验收 goes through.
  await page.locator('[data-testid="case-action-acceptRenovation"]:visible').click()
  await page.locator('[data-testid="case-photos-input"]').last().setInputFiles({ name: 'done.png', mimeType: 'image/png', buffer: await whitePng(page, 1200, 900) })
  await page.locator('[data-testid="case-photos-count"][data-count="1"]').last().waitFor()
  await page.locator('[data-testid="case-form-submit"]:visible').click()
  await page.locator('[data-testid="case-header"][data-stage="accepted"]:visible').waitFor()
  await env.shot(page, 'works-accepted-after-supervision')
})
