// The farmer who already knows his house has a problem reports it in three taps from his
// home — 我发现房子有问题, a photo, 报告给村里 — or, when he cannot take a photo, in words;
// his inspector is told at once and sees the photo or that none was possible.
import crypto from 'node:crypto'
import type { Page } from 'playwright-core'
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

const FARMER = 'u-farmer-yulong'
const INSPECTOR = 'u-insp-yulong'
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(256)])

async function api(user: string, action: string, input: unknown) {
  const res = await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': user }, body: JSON.stringify({ action, input }) })
  return res.json()
}

async function farmerHome(page: Page) {
  await page.goto(`${env.base}/#/pages/farmer/my-house/index`)
  // His houses are on the page (and remembered for a report without signal).
  await page.locator('[data-testid="household-detail"]:visible').waitFor()
}

async function inspectorMessages(): Promise<Array<{ kind: string; body: string; page: string }>> {
  for (let i = 0; i < 40; i++) {
    const items = (await api(INSPECTOR, 'inbox.list', { page: 1 })).data.items.filter((m: { kind: string }) => m.kind === 'farmerReport')
    if (items.length > 0) return items
    await new Promise((r) => setTimeout(r, 250))
  }
  return []
}

it('a farmer reports a problem with a photo in three taps and his inspector is told', async () => {
  expect((await api(INSPECTOR, 'me.setPhone', { phone: '13800138000' })).ok).toBe(true)
  const page = await env.loginAs(FARMER)
  await farmerHome(page)
  await page.locator('[data-testid="go-problem"]:visible').click() // 1
  await page.locator('[data-testid="selfcheck-hazard"]:visible').waitFor()
  await page.locator('[data-testid="photo-input"]').last().setInputFiles({ name: 'wall.jpg', mimeType: 'image/jpeg', buffer: JPEG }) // 2
  await page.locator('[data-testid="photo-thumb"]:visible').first().waitFor()
  await page.locator('[data-testid="selfcheck-submit"]:visible').click() // 3
  await page.locator('[data-testid="selfcheck-done"][data-hazard="true"]:visible').waitFor()
  // The done page offers to call his inspector.
  expect(await page.locator('[data-testid="call-inspector"]:visible').first().getAttribute('data-phone')).toBe('13800138000')
  await env.shot(page, 'farmer-report-done')

  const [msg] = await inspectorMessages()
  expect(msg).toBeDefined()
  const caseId = /id=([^&]+)/.exec(msg!.page)![1]!
  const c = (await api(INSPECTOR, 'case.get', { caseId })).data
  expect(c.reports.some((r: { photos: unknown[] }) => r.photos.length === 1)).toBe(true)

  // The inspector sees the count on his home and the photo on the case.
  const insp = await env.loginAs(INSPECTOR)
  await insp.goto(`${env.base}/#/inspector/pages/home/index`)
  await insp.locator('[data-testid="tile-farmer-reports-badge"]:visible').waitFor()
  await insp.goto(`${env.base}/#/inspector/pages/case/index?id=${caseId}`)
  await insp.locator('[data-testid="case-farmer-photo"]:visible').first().waitFor()
  await env.shot(insp, 'farmer-report-inspector-case')
})

it('a farmer who cannot take a photo says it in words, in three taps', async () => {
  const page = await env.loginAs(FARMER)
  await farmerHome(page)
  await page.locator('[data-testid="go-problem"]:visible').click() // 1
  await page.locator('[data-testid="selfcheck-nophoto"]:visible').click() // 2
  await page.locator('[data-testid="selfcheck-words"] textarea:visible').fill('灶房那面墙鼓出来了')
  await page.locator('[data-testid="selfcheck-submit"]:visible').click() // 3
  await page.locator('[data-testid="selfcheck-done"][data-hazard="true"]:visible').waitFor()

  let report: { words: string; noPhoto: boolean } | undefined
  for (let i = 0; i < 40 && !report; i++) {
    const mine = (await api(FARMER, 'selfcheck.mine', {})).data as Array<{ caseId: string | null; description: string }>
    const sent = mine.find((r) => r.description === '灶房那面墙鼓出来了')
    if (sent?.caseId) report = (await api(INSPECTOR, 'case.get', { caseId: sent.caseId })).data.reports.find((r: { words: string }) => r.words === '灶房那面墙鼓出来了')
    else await new Promise((r) => setTimeout(r, 250))
  }
  expect(report).toMatchObject({ noPhoto: true })
  await env.shot(page, 'farmer-report-words-done')
})
