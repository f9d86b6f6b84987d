// The leader opens the summary during a storm: charts drawn from the demo data, every
// figure opens the list behind it, and the map shows the houses.
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

it("shows the leader's dashboard with its charts, and the critical figure opens its list", async () => {
  // A red alert is in force, so the dashboard has a campaign to show.
  await fetch(`${env.base}/fn/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-user': 'u-staff-bachuan' },
    body: JSON.stringify({ action: 'alert.issue', input: { alertId: 'al-e2e', eventType: '1003', color: 'red', villageIds: ['v-yulong', 'v-shizi'], startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 86400_000).toISOString(), text: '暴雨红色预警' } }),
  })
  const page = await env.newPage()
  await page.goto(`${env.base}/#/pages/login/index`)
  await page.locator('[data-testid="login-user-u-leader-bachuan"]').click()
  await page.locator('[data-testid="street-tile-dashboard"]:visible').click()
  await page.locator('[data-testid="dashboard"]:visible').waitFor()
  for (const chart of ['dash-trend-chart', 'dash-coverage-chart']) {
    const canvas = page.locator(`[data-testid="${chart}"]:visible canvas`).first()
    await canvas.waitFor()
    const box = await canvas.boundingBox()
    expect(box!.width).toBeGreaterThan(200)
    // Something was drawn: the canvas is not blank.
    const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
      let n = 0
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++
      return n
    })
    expect(painted).toBeGreaterThan(1000)
  }
  expect(await page.locator('[data-testid="dash-alert"]:visible').count()).toBeGreaterThan(0)
  await env.shot(page, 'leader-dashboard')
  await page.locator('[data-testid="fig-occupied-dangerous"]:visible').click()
  await page.locator('[data-testid="critical-list"]:visible').waitFor()
  const listed = Number(await page.locator('[data-testid="critical-list"]:visible').getAttribute('data-count'))
  const server = await (await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': 'u-leader-bachuan' }, body: JSON.stringify({ action: 'case.critical', input: {} }) })).json()
  expect(listed).toBe(server.data.length)
})

const api = async (userId: string, action: string, input: unknown) =>
  (await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': userId }, body: JSON.stringify({ action, input }) })).json()

/** YYYY-MM in Beijing time, `back` months ago. */
function month(back: number): string {
  const d = new Date(Date.now() + 8 * 3600_000)
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() - back)
  return d.toISOString().slice(0, 7)
}

it('the overdue task figure opens the task list on 已逾期, and one tap shows every task again', async () => {
  // Last month's street random patrol house in 玉龙村 was never visited; this month's two are not due yet.
  await api('u-staff-bachuan', 'sample.draw', { sampleId: 'smp-e2e-last', month: month(1), villageIds: ['v-yulong'], mode: 'count', value: 1 })
  await api('u-staff-bachuan', 'sample.draw', { sampleId: 'smp-e2e-this', month: month(0), villageIds: ['v-yulong'], mode: 'count', value: 2 })
  // The host recounts the village in the background, within a second or two.
  let figure = 0
  for (let i = 0; i < 50 && figure === 0; i++) {
    figure = (await api('u-leader-bachuan', 'dashboard.summary', {})).data.totals.overdueTasks
    if (figure === 0) await new Promise((r) => setTimeout(r, 200))
  }
  expect(figure).toBeGreaterThan(0)

  const page = await env.newPage()
  await page.goto(`${env.base}/#/pages/login/index`)
  await page.locator('[data-testid="login-user-u-leader-bachuan"]').click()
  await page.locator('[data-testid="street-tile-dashboard"]:visible').click()
  await page.locator('[data-testid="fig-overdue-tasks"]:visible').click()
  await page.locator('[data-testid="task-tabs"][data-overdue-only="true"]:visible').waitFor()
  const items = page.locator('[data-testid="task-item"]:visible')
  const total = page.locator('[data-testid="task-list-total"]:visible')
  await items.first().waitFor()
  expect(await total.innerText()).toBe(`已逾期 ${figure} 项`)
  expect(await items.evaluateAll((els) => els.every((e) => e.getAttribute('data-overdue') === 'true'))).toBe(true)
  await env.shot(page, 'overdue-tasks')
  await page.locator('[data-testid="task-tab-all"]:visible').click()
  await page.locator('[data-testid="task-tabs"][data-overdue-only="false"]:visible').waitFor()
  await page.locator('[data-testid="task-item"][data-overdue="false"]:visible').first().waitFor()
  expect(await total.innerText()).toBe(`待办 ${(await api('u-leader-bachuan', 'task.list', { status: 'open' })).data.total} 项`)
})

it('shows the houses of a village on the map, coloured by status', async () => {
  const page = await env.newPage()
  await page.goto(`${env.base}/#/pages/login/index`)
  await page.locator('[data-testid="login-user-u-staff-bachuan"]').click()
  await page.locator('[data-testid="street-tile-map"]:visible').click()
  // The map opens on the whole street: a village's circle opens its houses.
  await page.locator('[data-testid="map-village"][data-village-id="v-yulong"]:visible').click()
  await page.locator('[data-testid="map-house"]:visible').first().waitFor()
  expect(await page.locator('[data-testid="map-house"]:visible').count()).toBeGreaterThan(10)
  await page.locator('[data-testid="map-house"]:visible').first().click()
  await page.locator('[data-testid="map-house-card"]:visible').waitFor()
  await env.shot(page, 'map')
})
