// Figures that add up: every figure on the leader's dashboard and on the street home opens
// a list whose total is the figure, in the figure's unit — checked by a loop over every
// figure the screen shows, not one by one. And a 东城 user sees his own street and district
// in titles and banners, never 巴川.
import type { Page } from 'playwright-core'
import { seedDemoHistory } from '../../server/seed/demo-history'
import { startBrowserEnv, type BrowserEnv } from './browser-env'
import { ROUTES } from '../../src/routes'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
  // The demo as `npm start` shows it: months of patrols and cases at every stage.
  await seedDemoHistory(env.runtime.deps)
}, 120_000)
afterAll(() => env?.close())

interface Figure {
  name: string
  count: number
  unit: string
}

/** Every figure the visible screen shows, as its data attributes say. */
async function figuresOn(page: Page): Promise<Figure[]> {
  return page.locator('[data-figure]:visible').evaluateAll((els) =>
    els.map((e) => ({ name: e.getAttribute('data-figure')!, count: Number(e.getAttribute('data-count')), unit: e.getAttribute('data-unit')! })),
  )
}

/**
 * Opens each figure of the screen `ready` marks, reads the total of the list it opens,
 * and comes back. Returns what each figure said and what its list said.
 */
async function openEveryFigure(page: Page, ready: string): Promise<Array<{ figure: Figure; list: Figure }>> {
  await page.locator(ready).waitFor()
  const figures = await figuresOn(page)
  const seen: Array<{ figure: Figure; list: Figure }> = []
  for (const figure of figures) {
    await page.locator(`[data-figure="${figure.name}"]:visible`).first().click()
    const total = page.locator('[data-list-total]:visible').first()
    await total.waitFor()
    const list = { name: figure.name, count: Number(await total.getAttribute('data-count')), unit: (await total.getAttribute('data-unit'))! }
    // The words say it too: the total's text carries the number and the unit.
    expect(await total.innerText()).toContain(list.unit)
    seen.push({ figure, list })
    await page.goBack()
    await page.locator(ready).waitFor()
  }
  return seen
}

it("every figure on the leader's dashboard opens a list of exactly the rows it counts, in its unit", async () => {
  const page = await env.loginAs('u-leader-bachuan')
  await page.locator('[data-testid="street-tile-dashboard"]:visible').click()
  const seen = await openEveryFigure(page, '[data-testid="dashboard"]:visible')
  const names = seen.map((s) => s.figure.name)
  // The loop saw the figures of every card, and one row per village.
  for (const name of ['critical', 'coverage', 'overdue-cases', 'overdue-tasks', 'open-cases', 'grade-C', 'grade-D', 'renovation-renovationPlanned', 'renovation-renovating', 'renovation-accepted', 'renovated']) expect(names).toContain(name)
  expect(names.filter((n) => n.startsWith('stage-')).length).toBeGreaterThan(1)
  expect(names.filter((n) => n.startsWith('village-')).length).toBe(12)
  expect(seen.map((s) => s.list)).toEqual(seen.map((s) => s.figure))
  await env.shot(page, 'figures-dashboard')
})

it('the renovation card and the stage row say the same 改造中', async () => {
  const page = await env.loginAs('u-leader-bachuan')
  await page.locator('[data-testid="street-tile-dashboard"]:visible').click()
  await page.locator('[data-testid="dashboard"]:visible').waitFor()
  const card = await page.locator('[data-figure="renovation-renovating"]:visible').getAttribute('data-count')
  const stageRow = page.locator('[data-figure="stage-renovating"]:visible')
  expect(await stageRow.count()).toBe(Number(card) > 0 ? 1 : 0)
  if (Number(card) > 0) expect(await stageRow.getAttribute('data-count')).toBe(card)
})

it('every figure on the street home opens a list of exactly the rows it counts', async () => {
  for (const user of ['u-leader-bachuan', 'u-staff-bachuan']) {
    const page = await env.loginAs(user)
    const seen = await openEveryFigure(page, '[data-testid="street-menu"]:visible')
    expect(seen.map((s) => s.figure.name)).toContain('critical')
    expect(seen.map((s) => s.list)).toEqual(seen.map((s) => s.figure))
  }
})

it('a 东城 user sees his own street and district, and nothing of 巴川', async () => {
  const page = await env.loginAs('u-staff-dongcheng')
  const title = page.locator('[data-testid="street-home-title"]:visible')
  await title.waitFor()
  expect(await title.innerText()).toBe('铜梁区东城街道工作台')
  const screens: Array<[tile: string, ready: string, heading?: [string, string]]> = [
    ['dashboard', '[data-testid="dashboard"]:visible', ['[data-testid="dash-title"]:visible', '铜梁区东城街道数据看板']],
    ['overview', '[data-testid="overview-total"]:visible', ['[data-testid="overview-title"]:visible', '铜梁区东城街道房屋安全总览']],
    ['households', '[data-testid="household-total"]:visible', ['[data-testid="households-title"]:visible', '东城街道监测户']],
    ['coverage', '[data-testid="coverage-total"]:visible', ['[data-testid="coverage-total"]:visible', '东城街道合计']],
    ['cases', '[data-testid="case-list"]:visible'],
  ]
  expect(await page.locator('body').innerText()).not.toContain('巴川')
  for (const [tile, ready, heading] of screens) {
    await page.locator(`[data-testid="street-tile-${tile}"]:visible`).click()
    await page.locator(ready).waitFor()
    if (heading) expect(await page.locator(heading[0]).innerText()).toContain(heading[1])
    expect(await page.locator('body').innerText()).not.toContain('巴川')
    // Back to the home by its address (a change after the # only): what is checked is each
    // screen's words, not the way back.
    await page.goto(`${env.base}/#${ROUTES.streetHome}`)
    // The first visit of another street's home may recount its villages' figures; on a busy
    // machine that took over 30 s once.
    await title.waitFor({ timeout: 90_000 })
  }
  await env.shot(page, 'figures-dongcheng-home')
}, 300_000)
