// Day one of a newly listed household: it leads the inspector's plan as 待登记房屋; he
// registers the house from that row (structure, floors, year, area, who lives there, the
// site, a stamped photo) with no signal, and once the phone sends it the household is in
// this month's plan with its house.
import crypto from 'node:crypto'
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(512), Buffer.from([0xff, 0xd9])])

async function api(action: string, input: unknown, user = 'u-insp-yulong') {
  const res = await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': user }, body: JSON.stringify({ action, input }) })
  return res.json()
}

/** A household as a list import leaves it: listed, no house yet. */
async function listedWithoutHouse(): Promise<string> {
  const households = env.runtime.store.collection('households')
  const [model] = await households.find({ where: { villageId: 'v-yulong', status: 'monitored' }, limit: 1 })
  const id = 'hh-yulong-new-e2e'
  await households.insert({ ...model!, _id: id, headName: '李新户', idHash: `${model!.idHash}-new`, phoneHash: `${model!.phoneHash}-new`, address: '玉龙村2组8号', houseCount: 0, worstGrade: null })
  return id
}

it('an inspector registers a house from the plan with no signal, and once sent sees it in the plan', async () => {
  const householdId = await listedWithoutHouse()
  const page = await env.loginAs('u-insp-yulong')
  await page.locator('[data-testid="inspector-home"]:visible').waitFor()
  await page.locator('[data-testid="tile-plan"]:visible').click()
  const first = page.locator('[data-testid="plan-item"]:visible').first()
  await first.waitFor()
  expect(await first.getAttribute('data-status')).toBe('unregistered')
  expect(await first.getAttribute('data-household-id')).toBe(householdId)
  await page.locator('[data-testid="plan-unregistered"]:visible').waitFor()
  // Let the page's slide-in finish, so the picture shows the page.
  await page.waitForTimeout(500)
  await env.shot(page, 'house-register-plan-row')
  await first.click()

  const form = page.locator('[data-testid="house-register-form"]:visible')
  await form.waitFor()
  const houseId = await form.getAttribute('data-house-id')
  // No signal at the house: the registration is kept on the phone.
  await page.context().setOffline(true)
  await page.locator('[data-testid="house-structure-brickWood"]:visible').click()
  await page.locator('[data-testid="house-floors"]:visible input').fill('2')
  await page.locator('[data-testid="house-year"]:visible input').fill('1998')
  await page.locator('[data-testid="house-area"]:visible input').fill('96.5')
  expect(await page.locator('[data-testid="house-address"]:visible input').inputValue()).toBe('玉龙村2组8号')
  await page.locator('[data-testid="house-occupancy-occupied"]:visible').click()
  await page.locator('[data-testid="house-hazard-slope"]:visible').click()
  await page.locator('[data-testid="photo-input"]').last().setInputFiles({ name: 'front.jpg', mimeType: 'image/jpeg', buffer: JPEG })
  await page.locator('[data-testid="photo-thumb"]:visible').first().waitFor()
  await env.shot(page, 'house-register-form')
  await page.locator('[data-testid="house-register-submit"]:visible').click()
  await page.locator('[data-testid="house-saved"]:visible').waitFor()
  expect(await page.locator('[data-testid="queue-state"]:visible').getAttribute('data-state')).not.toBe('synced')
  expect((await api('house.get', { houseId })).code).toBe('NOT_FOUND')

  // Back in signal: the outbox sends it by itself.
  await page.context().setOffline(false)

  let stored: { ok: boolean; data?: { house: { householdId: string; floorAreaCm2: number; siteHazards: string[]; photoCount: number } } } = { ok: false }
  for (let i = 0; i < 60 && !stored.ok; i++) {
    await page.waitForTimeout(500)
    stored = await api('house.get', { houseId })
  }
  expect(stored.ok).toBe(true)
  expect(stored.data!.house).toMatchObject({ householdId, floorAreaCm2: 965000, siteHazards: ['slope'], photoCount: 1 })
  await page.locator('[data-testid="queue-state"][data-state="synced"]:visible').waitFor()

  await page.locator('[data-testid="back-to-plan"]:visible').click()
  const row = page.locator(`[data-testid="plan-item"][data-house-id="${houseId}"]:visible`)
  await row.waitFor()
  expect(await row.getAttribute('data-status')).not.toBe('unregistered')
  expect(await page.locator(`[data-testid="plan-item"][data-household-id="${householdId}"]:visible`).count()).toBe(0)
  await page.waitForTimeout(500)
  await env.shot(page, 'house-register-in-plan')
})

it('street staff change a house from the street household page and see the change in its history', async () => {
  const [house] = await env.runtime.store.collection('houses').find({ where: { villageId: 'v-shizi' }, limit: 1 })
  const page = await env.loginAs('u-staff-bachuan')
  await page.locator('[data-testid="street-tile-disasters"]:visible').waitFor()
  await page.goto(`${env.base}/#/street/pages/household/index?id=${house!.householdId}`)
  await page.locator(`[data-testid="household-house-edit"][data-house-id="${house!._id}"]:visible`).click()
  const form = page.locator('[data-testid="house-edit-form"]:visible')
  await form.waitFor()
  expect(await form.getAttribute('data-rev')).toBe('1')
  await page.locator('[data-testid="house-floors"]:visible input').fill(String(house!.floors + 1))
  await page.locator('[data-testid="house-edit-submit"]:visible').click()
  await page.locator('[data-testid="house-edit-saved"]:visible').waitFor()
  expect(await form.getAttribute('data-rev')).toBe('2')
  const item = page.locator('[data-testid="house-history-item"][data-kind="edited"]:visible')
  await item.waitFor()
  expect(await item.textContent()).toContain(`层数：${house!.floors} 层 → ${house!.floors + 1} 层`)
  await page.waitForTimeout(300)
  await env.shot(page, 'house-edit-history')
})
