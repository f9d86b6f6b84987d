// 全街道一张图: the leader opens the map from the dashboard and sees every village of the
// street as one circle with the dashboard's own figures, opens a village to see its
// houses, and goes back to the whole street.
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

const api = async (userId: string, action: string, input: unknown) =>
  (await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': userId }, body: JSON.stringify({ action, input }) })).json()

it('the leader opens the whole street from the dashboard, taps a village to see its houses and goes back', async () => {
  const page = await env.loginAs('u-leader-bachuan')
  await page.locator('[data-testid="street-tile-dashboard"]:visible').click()
  await page.locator('[data-testid="dash-villages"]:visible').waitFor()
  // The dashboard's per-village figures, to compare with the map's.
  const dashboard = new Map<string, { danger: string; cases: string }>()
  for (const row of await page.locator('[data-testid="dash-village-row"]:visible').all()) {
    dashboard.set((await row.getAttribute('data-village-id'))!, {
      danger: await row.locator('[data-col="occupiedDangerous"]').innerText(),
      cases: await row.locator('[data-col="openCases"]').innerText(),
    })
  }
  expect(dashboard.size).toBe(12)

  await page.locator('[data-testid="dash-open-map"]:visible').click()
  await page.locator('[data-testid="street-map"]:visible').waitFor()
  const server = (await api('u-leader-bachuan', 'map.villages', {})).data.villages as Array<{ villageId: string; villageName: string; houses: number; lat: number | null }>
  const clusters = page.locator('[data-testid="map-village"]:visible')
  expect(await clusters.count()).toBe(server.filter((v) => v.lat !== null).length)
  expect(await clusters.count()).toBe(12)
  for (const row of await page.locator('[data-testid="map-village-row"]:visible').all()) {
    const id = (await row.getAttribute('data-village-id'))!
    expect({ id, danger: await row.locator('[data-fig="occupiedDanger"]').getAttribute('data-value'), cases: await row.locator('[data-fig="openCases"]').getAttribute('data-value') }).toEqual({ id, ...dashboard.get(id) })
  }
  // Each circle is named and counts its houses in 栋.
  const yulong = server.find((v) => v.villageId === 'v-yulong')!
  const circle = page.locator('[data-testid="map-village"][data-village-id="v-yulong"]:visible')
  expect(await circle.textContent()).toBe(`${yulong.houses}栋${yulong.villageName}`)
  await page.locator('[data-testid="map-title"]:visible').waitFor()
  await env.shot(page, 'street-map')

  await circle.click()
  await page.locator('[data-testid="map-house"]:visible').first().waitFor()
  const houses = (await api('u-leader-bachuan', 'map.houses', { villageId: 'v-yulong' })).data.houses as unknown[]
  expect(await page.locator('[data-testid="map-house"]:visible').count()).toBe(houses.length)
  expect(await page.locator('[data-testid="map-title"]:visible').innerText()).toContain('玉龙村')
  await env.shot(page, 'street-map-village')

  await page.locator('[data-testid="map-back-street"]:visible').click()
  await page.locator('[data-testid="street-map"]:visible').waitFor()
  expect(await page.locator('[data-testid="map-village"]:visible').count()).toBe(12)
  expect(await page.locator('[data-testid="map-house"]:visible').count()).toBe(0)
})
