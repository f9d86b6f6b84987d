// After a flood, the inspector reports a damaged house with a photo from his phone; the
// photo is stamped (time, place, who) like a patrol photo before it is uploaded.
import { startBrowserEnv, type BrowserEnv } from './browser-env'
import { expectStamped, lookAt, whitePng } from './stamped-photo'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
  await fetch(`${env.base}/fn/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-user': 'u-staff-bachuan' },
    body: JSON.stringify({ action: 'disaster.declare', input: { eventId: 'de-e2e-rain', kind: 'flood', occurredAt: new Date(Date.now() - 3600_000).toISOString(), villageIds: ['v-yulong'], description: '暴雨' } }),
  })
})
afterAll(() => env?.close())

it('a damage report reaches the server with its photo stamped', async () => {
  const page = await env.loginAs('u-insp-yulong')
  await page.locator('[data-testid="tile-disasters"]:visible').waitFor()
  await page.goto(`${env.base}/#/inspector/pages/disaster-report/index?eventId=de-e2e-rain`)
  await page.locator('[data-testid="disaster-report-form"]:visible').waitFor()
  await page.locator('[data-testid="house-option"]:visible').first().click()
  await page.locator('[data-testid="damage-severe"]:visible').click()
  await page.locator('[data-testid="disaster-photos-input"]').last().setInputFiles({ name: 'wall.png', mimeType: 'image/png', buffer: await whitePng(page, 2400, 1800) })
  await page.locator('[data-testid="disaster-photos-count"][data-count="1"]').last().waitFor()
  await env.shot(page, 'disaster-report-photo')
  await page.locator('[data-testid="disaster-report-submit"]:visible').click()
  await page.locator('[data-testid="disaster-report-sent"]:visible').waitFor()

  const event = await (
    await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': 'u-insp-yulong' }, body: JSON.stringify({ action: 'disaster.get', input: { eventId: 'de-e2e-rain' } }) })
  ).json()
  expect(event.data.reports).toHaveLength(1)
  const report = await env.runtime.store.collection('disasterReports').get(event.data.reports[0].id)
  expect(report?.photos).toHaveLength(1)
  expectStamped(await lookAt(page, (await env.runtime.deps.files.get(report!.photos[0]!))!))
})
