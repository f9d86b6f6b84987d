// Taking access away, in a real browser: street staff open 人员与权限 from the street home,
// disable an inspector (who is turned away at his next tap), revoke one grant, unbind a
// farmer, and withdraw an unused invitation — each after a plain confirmation.
import type { Page } from 'playwright-core'
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

const api = async (userId: string, action: string, input: unknown) =>
  (await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': userId }, body: JSON.stringify({ action, input }) })).json()

async function openPeople(): Promise<Page> {
  const page = await env.loginAs('u-staff-bachuan')
  await page.locator('[data-testid="street-tile-people"]:visible').click()
  await page.locator('[data-testid="people-list"]:visible').waitFor()
  return page
}

const person = (page: Page, userId: string) => page.locator(`[data-testid="person"][data-user-id="${userId}"]:visible`)

async function confirm(page: Page, button: string) {
  const ok = page.locator('.nut-dialog-footer-ok:visible')
  await ok.waitFor()
  expect(await ok.innerText()).toBe(button)
  await ok.click()
}

it('street staff disable an inspector, who is turned away at his next call, and enable him again', async () => {
  const page = await openPeople()
  const card = person(page, 'u-insp-shizi')
  expect(await card.innerText()).toContain('村巡查员（狮子村）')
  await card.locator('[data-testid="person-disable"]').click()
  expect(await page.locator('.nut-dialog:visible').innerText()).toContain('马上不能再使用安居哨')
  await env.shot(page, 'people-disable-confirm')
  await confirm(page, '停用')
  await page.locator('[data-testid="people-notice"]:visible').waitFor()
  await person(page, 'u-insp-shizi').and(page.locator('[data-disabled="yes"]')).waitFor()
  const refused = await api('u-insp-shizi', 'household.list', { pageSize: 1 })
  expect([refused.code, refused.message]).toEqual(['UNAUTHENTICATED', '您的账号已被停用，请联系街道建管办'])
  await env.shot(page, 'people-disabled')

  await person(page, 'u-insp-shizi').locator('[data-testid="person-enable"]').click()
  await confirm(page, '恢复')
  await person(page, 'u-insp-shizi').and(page.locator('[data-disabled="no"]')).waitFor()
  expect((await api('u-insp-shizi', 'household.list', { pageSize: 1 })).ok).toBe(true)
})

it('street staff revoke one grant of an inspector', async () => {
  const page = await openPeople()
  await person(page, 'u-insp-baima').locator('[data-testid="grant-revoke"]').click()
  expect(await page.locator('.nut-dialog:visible').innerText()).toContain('村巡查员（白马村）')
  await confirm(page, '撤销')
  await page.locator('[data-testid="people-notice"]:visible').waitFor()
  await person(page, 'u-insp-baima').waitFor({ state: 'detached' })
  expect((await api('u-insp-baima', 'household.list', { pageSize: 1 })).code).toBe('FORBIDDEN')
})

it('street staff unbind a farmer from his household', async () => {
  const page = await openPeople()
  await page.locator('[data-testid="people-tab-farmers"]:visible').click()
  await page.locator('[data-testid="people-village"]:visible').click()
  await page.locator('[data-testid="people-village-option-v-yulong"]:visible').click()
  const card = person(page, 'u-farmer-yulong')
  await card.waitFor()
  expect(await card.innerText()).toMatch(/绑定农户：玉龙村 .\*+ 家/)
  await env.shot(page, 'people-farmers')
  await card.locator('[data-testid="person-unbind"]').click()
  await confirm(page, '解除绑定')
  await card.waitFor({ state: 'detached' })
  expect((await api('u-farmer-yulong', 'auth.me', {})).code).toBe('FORBIDDEN')
})

it('an unused invitation is withdrawn from the invitation list', async () => {
  const created = await api('u-staff-bachuan', 'invite.create', { inviteId: 'inv-e2e-withdraw', kind: 'staff', name: '待作废的邀请', grants: [{ role: 'inspector', orgId: 'v-yulong' }] })
  expect(created.ok).toBe(true)
  const page = await env.loginAs('u-staff-bachuan')
  await page.locator('[data-testid="street-tile-invites"]:visible').click()
  const item = page.locator('[data-testid="invite-item"][data-invite-id="inv-e2e-withdraw"]:visible')
  await item.locator('[data-testid="invite-revoke"]').click()
  expect(await page.locator('.nut-dialog:visible').innerText()).toContain('待作废的邀请')
  await confirm(page, '作废')
  await page.locator('[data-testid="invite-item"][data-invite-id="inv-e2e-withdraw"][data-state="revoked"]:visible').waitFor()
  await env.shot(page, 'invite-withdrawn')
  const stored = await env.runtime.store.collection('invitations').get('inv-e2e-withdraw')
  expect([stored!.revokedAt ? 'revoked' : 'open', stored!.usedAt]).toEqual(['revoked', null])
})
