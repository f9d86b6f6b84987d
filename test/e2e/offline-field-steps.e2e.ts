// After a disaster the inspector stands at houses with no signal: a damage report with its
// photo and a step on a case (村核实) are kept on the phone, shown as 待上传, and reach the
// server by themselves when the network returns — like a patrol.
import crypto from 'node:crypto'
import { startBrowserEnv, type BrowserEnv } from './browser-env'
import { whitePng } from './stamped-photo'

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

/** A farmer's own report: a case waiting for the village to 核实. */
async function farmerCase(): Promise<string> {
  const me = (await api('u-farmer-yulong', 'auth.me', {})).data
  const hh = (await api('u-farmer-yulong', 'household.get', { householdId: me.householdId })).data
  const up = await (await fetch(`${env.base}/upload?name=a.jpg`, { method: 'POST', headers: { 'x-dev-user': 'u-farmer-yulong' }, body: JPEG })).json()
  const report = await api('u-farmer-yulong', 'selfcheck.submit', {
    reportId: 'sc-e2e-offline', houseId: hh.houses[0].id, answers: { cracks: true, leaning: false, roof: false, foundation: false, slope: false }, description: '墙裂了',
    photos: [{ fileId: up.data.fileId, takenAt: new Date(Date.now() - 60_000).toISOString(), lat: null, lng: null }], checkedAt: new Date().toISOString(),
  })
  return report.data.caseId
}

it('a damage report with a photo and a 核实 made offline wait as 待上传 and are on the server once the network returns', async () => {
  await api('u-staff-bachuan', 'disaster.declare', { eventId: 'de-e2e-offline', kind: 'flood', occurredAt: new Date(Date.now() - 3600_000).toISOString(), villageIds: ['v-yulong'], description: '暴雨' })
  const caseId = await farmerCase()
  const page = await env.loginAs('u-insp-yulong')
  await page.locator('[data-testid="inspector-home"]:visible').waitFor()

  // The screens were opened once with a signal (their code and copies are on the phone).
  await page.goto(`${env.base}/#/inspector/pages/sync/index`)
  await page.locator('[data-testid="queue-screen"]:visible').waitFor()
  await page.goto(`${env.base}/#/inspector/pages/disaster-report/index?eventId=de-e2e-offline`)
  await page.locator('[data-testid="disaster-report-form"]:visible').waitFor()
  await page.locator('[data-testid="house-option"]:visible').first().waitFor()
  await page.goto(`${env.base}/#/inspector/pages/case/index?id=${caseId}`)
  await page.locator('[data-testid="case-page"]:visible').waitFor()

  // The signal drops: the case step first, then the damage report.
  await page.context().setOffline(true)
  await page.locator('[data-testid="case-action-verify"]:visible').click()
  await page.locator('[data-testid="case-note"] textarea:visible, [data-testid="case-note"] input:visible').first().fill('到现场看了，后墙有斜裂缝')
  await page.locator('[data-testid="case-form-submit"]:visible').click()
  const queuedStep = page.locator('[data-testid="case-queued-item"]:visible')
  await queuedStep.waitFor()
  expect(await queuedStep.getAttribute('data-state')).not.toBe('synced')
  // The move waits on the phone: it cannot be taken a second time meanwhile.
  expect(await page.locator('[data-testid="case-action-verify"]:visible').count()).toBe(0)
  await env.shot(page, 'offline-case-step-queued')

  await page.goto(`${env.base}/#/inspector/pages/disaster-report/index?eventId=de-e2e-offline`)
  await page.locator('[data-testid="disaster-report-form"]:visible').waitFor()
  await page.locator('[data-testid="cached-note"]:visible').first().waitFor()
  await page.locator('[data-testid="house-option"]:visible').first().click()
  await page.locator('[data-testid="damage-severe"]:visible').click()
  await page.locator('[data-testid="disaster-photos-input"]').last().setInputFiles({ name: 'wall.png', mimeType: 'image/png', buffer: await whitePng(page, 1600, 1200) })
  await page.locator('[data-testid="disaster-photos-count"][data-count="1"]').last().waitFor()
  await page.locator('[data-testid="disaster-report-submit"]:visible').click()
  const sent = page.locator('[data-testid="disaster-report-sent"]:visible')
  await sent.waitFor()
  expect(await sent.getAttribute('data-state')).not.toBe('synced')
  await env.shot(page, 'offline-disaster-report-queued')

  await page.goto(`${env.base}/#/inspector/pages/sync/index`)
  await page.locator('[data-testid="queue-count"][data-count="2"]:visible').waitFor()
  expect((await api('u-insp-yulong', 'disaster.get', { eventId: 'de-e2e-offline' })).data.reports).toHaveLength(0)
  expect((await api('u-insp-yulong', 'case.get', { caseId })).data.stage).toBe('reported')

  // The network returns: the outbox sends both by itself.
  await page.context().setOffline(false)
  let reports: Array<{ id: string }> = []
  let stage = 'reported'
  for (let i = 0; i < 60 && (reports.length === 0 || stage === 'reported'); i++) {
    await page.waitForTimeout(500)
    reports = (await api('u-insp-yulong', 'disaster.get', { eventId: 'de-e2e-offline' })).data.reports
    stage = (await api('u-insp-yulong', 'case.get', { caseId })).data.stage
  }
  expect(reports).toHaveLength(1)
  const stored = await env.runtime.store.collection('disasterReports').get(reports[0]!.id)
  expect(stored?.photos).toHaveLength(1)
  const c = (await api('u-insp-yulong', 'case.get', { caseId })).data
  expect(c.stage).not.toBe('reported')
  expect(c.timeline.some((e: { action: string; note: string }) => e.action === 'verify' && e.note.includes('斜裂缝'))).toBe(true)
  await page.locator('[data-testid="queue-count"][data-count="0"]:visible').waitFor()
  await env.shot(page, 'offline-field-steps-synced')
})
