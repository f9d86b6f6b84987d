// The first screen with a district's worth of demo accounts (issue 19): the login page
// draws the first cards at once and the rest a batch at a time, and in the end every
// account is there to tap, the last one included, under its group's full count.
import type { UserDoc } from '../../server/store/docs'
import { grantKeys } from '../../server/store/grant-keys'
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
const EXTRA = 300
beforeAll(async () => {
  env = await startBrowserEnv()
  const nowIso = new Date().toISOString()
  const users: UserDoc[] = Array.from({ length: EXTRA }, (_, i) => {
    const grants = [{ role: 'inspector' as const, orgId: 'v-yulong' }]
    return { _id: `u-many-${String(i).padStart(3, '0')}`, name: `玉龙村巡查员${i}`, openid: null, grants, grantKeys: grantKeys(grants), householdId: null, disabled: false, createdAt: nowIso }
  })
  await env.runtime.store.collection('users').insertMany(users)
})
afterAll(() => env?.close())

it('with hundreds of accounts every one is drawn in the end, and the last one logs in', async () => {
  const all = (await (await fetch(`${env.base}/dev/users`)).json()) as Array<{ id: string; roles: string[] }>
  const inspectors = all.filter((u) => u.roles[0] === 'inspector').length
  expect(all.length).toBeGreaterThan(EXTRA)
  const page = await env.newPage()
  await page.goto(`${env.base}/#/pages/login/index`)
  await page.locator('[data-testid^="login-user-"]').first().waitFor()
  await expect(page.locator('[data-testid="login-group-inspector"] .login-group__title').textContent()).resolves.toContain(`（${inspectors} 人）`)
  await page.locator(`[data-testid="login-user-u-many-${EXTRA - 1}"]`).click()
  await page.waitForURL((url) => !url.hash.includes('login'))
  expect(await page.evaluate(() => localStorage.getItem('anju.devUser') ?? JSON.stringify(localStorage))).toContain(`u-many-${EXTRA - 1}`)
})

it('the whole list is drawn: as many cards as accounts', async () => {
  const all = (await (await fetch(`${env.base}/dev/users`)).json()) as unknown[]
  const page = await env.newPage()
  await page.goto(`${env.base}/#/pages/login/index`)
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid^="login-user-"]').length === n, all.length)
})
