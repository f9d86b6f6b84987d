// In the fields there is often no signal: a patrol recorded offline stays on the phone,
// survives a restart, and reaches the server with its photo when the network returns.
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

it('a patrol recorded offline appears on the server with its photo after the network returns', async () => {
  const page = await env.newPage()
  await page.goto(`${env.base}/#/pages/login/index`)
  await page.locator('[data-testid="login-user-u-insp-yulong"]').click()
  await page.locator('[data-testid="inspector-home"]:visible').waitFor()
  await page.locator('[data-testid="tile-plan"]:visible').click()
  const first = page.locator('[data-testid="plan-item"]:visible').first()
  await first.waitFor()
  const houseId = await first.getAttribute('data-house-id')
  await first.click()
  const form = page.locator('[data-testid="patrol-form"]:visible')
  await form.waitFor()
  const patrolId = await form.getAttribute('data-patrol-id')

  // The signal drops while the inspector fills in the form.
  await page.context().setOffline(true)
  await page.locator('[data-testid="findings-rest-ok"]:visible').click()
  await page.locator('[data-testid="finding-walls-minor"]:visible').click()
  await page.locator('[data-testid="judgment-hazard"]:visible').click()
  await page.locator('[data-testid="occupied-yes"]:visible').click()
  await page.locator('[data-testid="photo-input"]').last().setInputFiles({ name: 'wall.jpg', mimeType: 'image/jpeg', buffer: JPEG })
  await page.locator('[data-testid="photo-thumb"]:visible').first().waitFor()
  await page.locator('[data-testid="patrol-submit"]:visible').click()
  await page.locator('[data-testid="patrol-saved"]:visible').waitFor()
  expect(await page.locator('[data-testid="queue-state"]:visible').getAttribute('data-state')).not.toBe('synced')
  await env.shot(page, 'offline-patrol-pending')
  expect((await api('patrol.get', { patrolId })).code).toBe('NOT_FOUND')

  // The app is closed and opened again, still without a connection to the server.
  await page.route('**/fn/**', (r) => r.abort())
  await page.route('**/upload**', (r) => r.abort())
  await page.context().setOffline(false)
  await page.reload()
  await page.goto(`${env.base}/#/inspector/pages/sync/index`)
  const item = page.locator(`[data-testid="queue-item"][data-item-id="${patrolId}"]:visible`)
  await item.waitFor()
  expect(await item.getAttribute('data-state')).not.toBe('synced')

  // The network returns: the queue sends it by itself.
  await page.unroute('**/fn/**')
  await page.unroute('**/upload**')
  await page.context().setOffline(true)
  await page.context().setOffline(false)
  let stored: { ok: boolean; data?: { houseId: string; photos: Array<{ url: string }>; judgment: string } } = { ok: false }
  for (let i = 0; i < 60 && !stored.ok; i++) {
    await page.waitForTimeout(500)
    stored = await api('patrol.get', { patrolId })
  }
  expect(stored.ok).toBe(true)
  expect(stored.data).toMatchObject({ houseId, judgment: 'hazard' })
  expect(stored.data!.photos).toHaveLength(1)
  const photo = await fetch(stored.data!.photos[0]!.url.replace('http://127.0.0.1', env.base))
  expect(photo.status).toBe(200)
  await env.shot(page, 'offline-patrol-synced')
})
