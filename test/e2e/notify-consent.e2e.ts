// 消息提醒 in a real browser: each role sees the kinds of message it can get and
// subscribes with one tap; a refusal WeChat keeps is explained and opens the settings.
// The h5 build has no WeChat, so the page gets a small stand-in on window.__anjuWx that
// records what was asked and answers like WeChat does.
import type { Page } from 'playwright-core'
import { MESSAGE_KINDS, ROLE_MESSAGE_KINDS, type Role } from '../../domain'
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
  env.runtime.deps.config.templateIds = Object.fromEntries(MESSAGE_KINDS.map((k) => [k, `TPL-${k}`]))
})
afterAll(() => env?.close())

const USERS: Record<Exclude<Role, 'district'>, string> = {
  farmer: 'u-farmer-yulong',
  inspector: 'u-insp-yulong',
  staff: 'u-staff-bachuan',
  appraiser: 'u-appraiser-bachuan',
  leader: 'u-leader-bachuan',
}

interface WxStand {
  itemSettings: Record<string, string>
  mainSwitch: boolean
}

/** A page whose window.__anjuWx answers like WeChat: the kept settings, "accept" otherwise. */
async function pageWithWx(settings: WxStand): Promise<Page> {
  const page = await env.newPage()
  await page.addInitScript((s: WxStand) => {
    const calls: Array<{ api: string; tmplIds?: string[] }> = []
    Object.assign(window, {
      __anjuWxCalls: calls,
      __anjuWx: {
        getSetting: async () => ({ subscriptionsSetting: { mainSwitch: s.mainSwitch, itemSettings: s.itemSettings } }),
        requestSubscribeMessage: async ({ tmplIds }: { tmplIds: string[] }) => {
          calls.push({ api: 'requestSubscribeMessage', tmplIds })
          return Object.fromEntries(tmplIds.map((id) => [id, s.itemSettings[id] ?? 'accept']))
        },
        openSetting: async () => {
          calls.push({ api: 'openSetting' })
          return {}
        },
      },
    })
  }, settings)
  return page
}

async function login(page: Page, userId: string): Promise<void> {
  await page.goto(`${env.base}/#/pages/login/index`)
  await page.locator(`[data-testid="login-user-${userId}"]`).click()
  await page.locator('[data-testid="role-bar"]:visible, [data-testid="role-chooser"]:visible').first().waitFor()
  if (await page.locator('[data-testid="role-chooser"]:visible').count()) await page.locator('[data-testid="role-option-staff"]').click()
  await page.locator('[data-testid="role-bar"]:visible').waitFor()
}

const wxCalls = (page: Page) => page.evaluate(() => (window as unknown as { __anjuWxCalls: Array<{ api: string; tmplIds?: string[] }> }).__anjuWxCalls)

const consents = async (userId: string) =>
  (await env.runtime.store.collection('consents').find({})).filter((c) => c.userId === userId).map((c) => [c.kind, c.remaining]).sort()

it.each(Object.keys(USERS) as Array<keyof typeof USERS>)('a %s sees the kinds he can get and subscribes on a tap', async (role) => {
  const userId = USERS[role]
  const page = await pageWithWx({ mainSwitch: true, itemSettings: {} })
  await login(page, userId)
  await page.goto(`${env.base}/#/pages/notify/index`)
  await page.locator('[data-testid="notify-screen"]:visible').waitFor()
  const kinds = page.locator('[data-testid="notify-kind"]:visible')
  await kinds.first().waitFor()
  expect(await kinds.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual([...ROLE_MESSAGE_KINDS[role]])
  expect(new Set(await kinds.evaluateAll((els) => els.map((e) => e.getAttribute('data-state'))))).toEqual(new Set(['none']))
  // Opening the page asked WeChat nothing.
  expect(await wxCalls(page)).toEqual([])
  await env.shot(page, `notify-${role}-before`)

  await page.locator('[data-testid="notify-subscribe"]:visible').click()
  await page.locator('[data-testid="notify-kind"][data-state="some"]:visible').first().waitFor()
  const calls = await wxCalls(page)
  expect(calls).toHaveLength(1)
  // WeChat takes at most 3 templates a tap: a role with more kinds subscribes the rest on the next tap.
  const asked = calls[0]!.tmplIds!.map((id) => id.replace(/^TPL-/, ''))
  expect(asked).toHaveLength(Math.min(3, ROLE_MESSAGE_KINDS[role].length))
  expect(asked.every((k) => (ROLE_MESSAGE_KINDS[role] as readonly string[]).includes(k))).toBe(true)
  expect(await consents(userId)).toEqual(asked.map((k) => [k, 1]).sort())
  await expect(page.locator('[data-testid="notify-kind-state"]:visible').first().innerText()).resolves.toContain('还能收到 1 条')
  await env.shot(page, `notify-${role}-after`)
})

it('a street officer\'s home says quietly what WeChat will not bring him, and leads to 消息提醒', async () => {
  const page = await pageWithWx({ mainSwitch: true, itemSettings: {} })
  await login(page, 'u-staff-dongcheng')
  const nudge = page.locator('[data-testid="notify-nudge"]:visible')
  await nudge.waitFor()
  expect(await nudge.innerText()).toContain('逾期督办')
  await page.locator('[data-testid="notify-nudge-page"]:visible').click()
  await page.locator('[data-testid="notify-screen"]:visible').waitFor()
})

it('a refusal WeChat keeps is explained and opens the settings instead of asking', async () => {
  const page = await pageWithWx({ mainSwitch: true, itemSettings: { 'TPL-escalation': 'reject' } })
  await login(page, 'u-staff-appraiser-bachuan')
  await page.goto(`${env.base}/#/pages/notify/index`)
  await page.locator('[data-testid="notify-blocked"]:visible').waitFor()
  expect(await page.locator('[data-testid="notify-kind"][data-kind="escalation"]:visible').getAttribute('data-state')).toBe('blocked')
  // The blocked kind is not offered again; the others still are.
  await page.locator('[data-testid="notify-subscribe"]:visible').click()
  await page.locator('[data-testid="notify-kind"][data-state="some"]:visible').first().waitFor()
  expect((await wxCalls(page))[0]!.tmplIds!.slice().sort()).toEqual(['TPL-deadlineReminder', 'TPL-disasterMajor'])
  await page.locator('[data-testid="notify-open-setting"]:visible').click()
  await page.waitForFunction(() => (window as unknown as { __anjuWxCalls: Array<{ api: string }> }).__anjuWxCalls.some((c) => c.api === 'openSetting'))
  await env.shot(page, 'notify-blocked')
})

it('a template id WeChat refused shows on the street\'s 系统状态 page', async () => {
  await env.runtime.store.collection('templateDefects').insert({ _id: 'TPL-caseUpdate', kind: 'caseUpdate', templateId: 'TPL-caseUpdate', errCode: 40037, messageId: 'ntf-x', at: new Date().toISOString() })
  const page = await env.loginAs('u-staff-bachuan')
  await page.locator('[data-testid="street-tile-system-status"]:visible').click()
  const row = page.locator('[data-testid="status-template"][data-kind="caseUpdate"]:visible')
  await row.waitFor()
  expect(await row.getAttribute('data-defect')).toBe('40037')
  expect(await row.locator('[data-testid="status-defect"]').innerText()).toContain('模板 id 无效')
  await env.shot(page, 'system-status')
})
