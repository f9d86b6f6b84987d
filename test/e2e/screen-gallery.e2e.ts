// Every role's home and main screens, photographed the same way each run, so that a change
// meant to leave the look alone (a move, a theme) can be compared before and after with
// `npm run shots:compare -- <before-dir> <after-dir>`.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { ROUTES } from '../../src/routes'
import { SHOTS, startBrowserEnv, type BrowserEnv } from './browser-env'

const GALLERY = path.join(SHOTS, 'gallery')

/** Screens reached without a parameter, per demo login. */
const SCREENS: Record<string, Array<[string, string]>> = {
  'u-farmer-yulong': [
    ['farmer-home', ROUTES.myHouse],
    ['farmer-self-check', ROUTES.selfCheck],
    ['farmer-reports', ROUTES.myReports],
    ['farmer-inbox', ROUTES.inbox],
  ],
  'u-insp-yulong': [
    ['inspector-home', ROUTES.inspectorHome],
    ['inspector-plan', ROUTES.inspectorPlan],
    ['inspector-households', ROUTES.inspectorHouseholds],
    ['inspector-tasks', ROUTES.inspectorTasks],
    ['inspector-monthly', ROUTES.inspectorMonthly],
    ['inspector-cases', ROUTES.inspectorCases],
    ['inspector-disasters', ROUTES.inspectorDisasters],
    ['inspector-sync', ROUTES.inspectorSync],
  ],
  'u-staff-bachuan': [
    ['staff-home', ROUTES.streetHome],
    ['staff-households', ROUTES.streetHouseholds],
    ['staff-cases', ROUTES.streetCases],
    ['staff-critical', ROUTES.streetCritical],
    ['staff-tasks', ROUTES.streetTasks],
    ['staff-coverage', ROUTES.streetCoverage],
    ['staff-imports', ROUTES.streetImports],
    ['staff-people', ROUTES.streetPeople],
    ['staff-alerts', ROUTES.streetAlerts],
    ['staff-disasters', ROUTES.streetDisasters],
    ['staff-reports', ROUTES.streetReports],
    ['staff-sample', ROUTES.streetSample],
  ],
  'u-appraiser-bachuan': [['appraiser-home', ROUTES.streetHome]],
  'u-leader-bachuan': [
    ['leader-home', ROUTES.streetHome],
    ['leader-dashboard', ROUTES.streetDashboard],
    ['leader-overview', ROUTES.streetOverview],
  ],
}

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
  fs.rmSync(GALLERY, { recursive: true, force: true })
  fs.mkdirSync(GALLERY, { recursive: true })
})
afterAll(() => env?.close())

/** Waits until the screen has stopped loading: no request in flight and no spinner shown. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.locator('[data-testid="state-loading"]:visible').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined)
  // Fonts and images painted; toasts and transitions gone.
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(600)
}

for (const [userId, screens] of Object.entries(SCREENS)) {
  it(`every main screen of ${userId} opens and is photographed`, async () => {
    const page = await env.loginAs(userId)
    await settle(page)
    for (const [name, route] of screens) {
      await page.goto(`${env.base}/#${route}`)
      await settle(page)
      // A screen that opened shows something of its own, not an empty page or an error.
      const text = await page.locator('.taro_page:visible, body').last().innerText()
      expect(text.trim().length).toBeGreaterThan(0)
      expect(await page.locator('[data-testid="state-error"]:visible').count()).toBe(0)
      await page.screenshot({ path: path.join(GALLERY, `${name}.png`), fullPage: true })
    }
  })
}
