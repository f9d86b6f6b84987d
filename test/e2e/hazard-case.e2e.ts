// A hazard moves through the app: the inspector reports it to the street, street staff
// assign an appraiser, and the appraiser grades the house with the guideline's checklist
// and a photo, which is stored stamped.
import crypto from 'node:crypto'
import { startBrowserEnv, type BrowserEnv } from './browser-env'
import { expectStamped, lookAt, whitePng } from './stamped-photo'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

async function api(user: string, action: string, input: unknown) {
  const res = await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': user }, body: JSON.stringify({ action, input }) })
  return res.json()
}

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(256)])

async function upload(user: string): Promise<string> {
  const res = await fetch(`${env.base}/upload?name=a.jpg`, { method: 'POST', headers: { 'x-dev-user': user }, body: JPEG })
  return (await res.json()).data.fileId
}

it('a farmer\'s report becomes a graded case through the inspector, the street and the appraiser', async () => {
  const me = (await api('u-farmer-yulong', 'auth.me', {})).data
  const hh = (await api('u-farmer-yulong', 'household.get', { householdId: me.householdId })).data
  const report = (await api('u-farmer-yulong', 'selfcheck.submit', {
    reportId: 'sc-e2e', houseId: hh.houses[0].id, answers: { cracks: true, leaning: false, roof: false, foundation: false, slope: false }, description: '墙裂了',
    photos: [{ fileId: await upload('u-farmer-yulong'), takenAt: new Date(Date.now() - 60_000).toISOString(), lat: null, lng: null }], checkedAt: new Date().toISOString(),
  })).data
  const caseId = report.caseId

  const page = await env.newPage()
  const as = async (user: string, route: string) => {
    await page.goto(`${env.base}/#/pages/login/index`)
    await page.locator(`[data-testid="login-user-${user}"]`).click()
    await page.waitForTimeout(300)
    await page.goto(`${env.base}/#/${route}?id=${caseId}`)
    await page.locator('[data-testid="case-page"]:visible').waitFor()
  }
  await as('u-insp-yulong', 'inspector/pages/case/index')
  await page.locator('[data-testid="case-action-reportToStreet"]:visible').click()
  await page.locator('[data-testid="case-form-submit"]:visible').click()
  await page.locator('[data-testid="case-header"][data-stage="toStreet"]:visible').waitFor()

  await as('u-staff-bachuan', 'street/pages/case/index')
  await page.locator('[data-testid="case-action-assignAppraisal"]:visible').click()
  await page.locator('[data-testid="case-appraiser-option-u-appraiser-bachuan"]:visible').click()
  await page.locator('[data-testid="case-form-submit"]:visible').click()
  await page.locator('[data-testid="case-header"][data-stage="awaitingAppraisal"]:visible').waitFor()

  await as('u-appraiser-bachuan', 'street/pages/case/index')
  await page.locator('[data-testid="case-action-startAppraisal"]:visible').click()
  // Starting is one tap; a confirm form, where shown, is submitted too.
  await page.locator('[data-testid="case-form-submit"]:visible').click({ timeout: 1500 }).catch(() => {})
  await page.locator('[data-testid="case-header"][data-stage="appraising"]:visible').waitFor()
  await page.goto(`${env.base}/#/street/pages/appraisal/index?caseId=${caseId}`)
  await page.locator('[data-testid="appraisal-form"]:visible').waitFor()
  await page.locator('[data-testid="appraisal-rest-a"]:visible').click()
  await page.locator('[data-testid="appraisal-walls-d"]:visible').click()
  await page.locator('[data-testid="appraisal-columnsBeams-c"]:visible').click()
  expect(await page.locator('[data-testid="appraisal-proposal"]:visible').getAttribute('data-grade')).toBe('D')
  await page.locator('[data-testid="appraisal-advice"] textarea:visible, [data-testid="appraisal-advice"] input:visible').first().fill('整栋危房，立即撤离')
  await page.locator('[data-testid="appraisal-photos-input"]').last().setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: await whitePng(page, 2400, 1800) })
  // The photo is listed once it is stamped; the form is sent after that.
  await page.locator('[data-testid="appraisal-photos-count"][data-count="1"]').last().waitFor()
  await page.locator('[data-testid="case-form-submit"]:visible').click()
  let c = (await api('u-staff-bachuan', 'case.get', { caseId })).data
  for (let i = 0; i < 40 && c.stage !== 'appraised'; i++) {
    await page.waitForTimeout(250)
    c = (await api('u-staff-bachuan', 'case.get', { caseId })).data
  }
  expect(c).toMatchObject({ stage: 'appraised', appraisal: { proposed: 'D', grade: 'D' } })
  // The appraiser's photo was stored as the stamp made it: scaled, with the band of time, place and who.
  const fileId: string | undefined = c.timeline.find((e: { action: string }) => e.action === 'submitAppraisal')?.photos[0]?.fileId
  expect(fileId).toBeDefined()
  expectStamped(await lookAt(page, (await env.runtime.deps.files.get(fileId!))!))
  await env.shot(page, 'case-appraised')
})
