// The way back on h5: a street leader who opens a dashboard figure and goes back — with the
// browser's back button, or by any change of the address after the # — sees the dashboard
// again, not a blank screen. Taro's router hid the page it left a moment after leaving it;
// a back that came sooner (the 逾期任务 list, small and kept on the phone, shows at once)
// showed the dashboard first and then that late hiding blanked it, and every later way back
// landed on hidden pages too.
import type { Page } from 'playwright-core'
import { seedDemoHistory } from '../../server/seed/demo-history'
import { startBrowserEnv, type BrowserEnv } from './browser-env'
import { ROUTES } from '../../src/routes'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
  // Overdue tasks and cases at every stage, so each figure has a list behind it.
  await seedDemoHistory(env.runtime.deps)
}, 120_000)
afterAll(() => env?.close())

const DASHBOARD = '[data-testid="dashboard"]:visible'
const HOME = '[data-testid="street-menu"]:visible'

async function openDashboard(): Promise<Page> {
  const page = await env.loginAs('u-leader-bachuan')
  await page.locator('[data-testid="street-tile-dashboard"]:visible').click()
  await page.locator(DASHBOARD).waitFor()
  return page
}

/**
 * Taps `target` and, the moment the screen it opens shows `shown` (the top page holds it),
 * leaves by `leave` — as quick as a person who tapped the wrong figure.
 */
async function tapAndLeaveAtOnce(page: Page, target: string, shown: string, leave: 'back' | { hash: string }): Promise<void> {
  const left = page.evaluate(
    ({ shown, leave }) =>
      new Promise<void>((resolve) => {
        const go = () => {
          if (!document.querySelector(`.taro_page:last-child ${shown}`)) return false
          if (leave === 'back') history.back()
          else window.location.hash = leave.hash
          resolve()
          return true
        }
        const watch = new MutationObserver(() => go() && watch.disconnect())
        watch.observe(document.body, { childList: true, subtree: true })
      }),
    { shown, leave },
  )
  await page.locator(target).first().click()
  await left
}

/** The screen shows `ready` again, or the test fails naming what the pages are like. */
async function expectShown(page: Page, ready: string): Promise<void> {
  await page.locator(ready).waitFor({ timeout: 10_000 }).catch(async (e: Error) => {
    const pages = await page.locator('.taro_page').evaluateAll((els) => els.map((el) => `${el.id} [${el.className}] ${getComputedStyle(el).display}`))
    throw new Error(`${e.message}\nthe pages:\n${pages.join('\n')}`)
  })
  // Still shown a moment later, when a late hiding would have come.
  await page.waitForTimeout(500)
  expect(await page.locator(ready).count()).toBeGreaterThan(0)
}

it('back from the 逾期任务 list shows the dashboard again, however quick', async () => {
  const page = await openDashboard()
  for (let round = 0; round < 5; round++) {
    await tapAndLeaveAtOnce(page, '[data-figure="overdue-tasks"]:visible', '[data-list-total]', 'back')
    await expectShown(page, DASHBOARD)
  }
})

it.each(['critical', 'overdue-cases', 'open-cases', 'grade-D', 'coverage'])('back from the list of the %s figure shows the dashboard again, before and after the 逾期任务 list', async (figure) => {
  const page = await openDashboard()
  for (const name of [figure, 'overdue-tasks', figure, 'overdue-tasks', figure]) {
    await tapAndLeaveAtOnce(page, `[data-figure="${name}"]:visible`, '[data-list-total]', 'back')
    await expectShown(page, DASHBOARD)
  }
  // The browser's own back button, unhurried, too.
  await page.locator('[data-figure="overdue-tasks"]:visible').first().click()
  await page.locator('[data-list-total]:visible').first().waitFor()
  await page.goBack()
  await expectShown(page, DASHBOARD)
})

it('a change of the address after the # alone shows the page it names, also right after the 逾期任务 list', async () => {
  const page = await openDashboard()
  for (let round = 0; round < 3; round++) {
    await tapAndLeaveAtOnce(page, '[data-figure="overdue-tasks"]:visible', '[data-list-total]', { hash: ROUTES.streetHome })
    await expectShown(page, HOME)
    await tapAndLeaveAtOnce(page, '[data-testid="street-tile-dashboard"]:visible', '[data-testid="dashboard"]', { hash: ROUTES.streetHome })
    await expectShown(page, HOME)
    await page.locator('[data-testid="street-tile-dashboard"]:visible').click()
    await expectShown(page, DASHBOARD)
  }
})
