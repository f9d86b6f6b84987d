// The subscription-message channel through the real wx-server-sdk (cloud.openapi over the
// emulator): what WeChat receives, and how its answers 0 / 43101 / 47003 / 40037 come back.
import type { Message } from '../../../server/ports/notifier'
import { SubscribeNotifier, type SubscribeSendApi } from '../../../server/adapters/cloudbase/subscribe-notifier'
import { guardNetwork, initCloudSdkAgainst, startCloudEmulator, type CloudEmulator, type NetworkGuard, type WxServerSdk } from '../../support/cloudbase-emulator'

const message: Message = { id: 'm1', userId: 'u1', kind: 'case.assigned', title: '新的排查任务', body: '玉龙镇 3 户', page: 'pages/task/index?id=t1' }
const templates = {
  'case.assigned': { templateId: 'TPL-1', toData: (m: Message) => ({ thing1: { value: m.title }, thing2: { value: m.body } }) },
}
const openids = async (userId: string) => (userId === 'u1' ? 'o-u1' : null)

let guard: NetworkGuard
let emu: CloudEmulator
let cloud: WxServerSdk
let errors: Array<[string, unknown]>

function notifier(api: SubscribeSendApi = { send: (p) => cloud.openapi.subscribeMessage.send(p) }) {
  return new SubscribeNotifier(api, templates, openids, { info: () => {}, error: (msg, detail) => errors.push([msg, detail]) })
}

beforeAll(async () => {
  guard = guardNetwork()
  emu = await startCloudEmulator()
  cloud = initCloudSdkAgainst(emu)
})
beforeEach(() => {
  errors = []
  emu.openapi.calls.length = 0
})
afterAll(async () => {
  await emu?.close()
  guard?.restore()
  expect(guard.violations).toEqual([])
  expect(emu.unsupported).toEqual([])
})

it('sends the template with the user’s OPENID, the page and the keyword values', async () => {
  expect(await notifier().deliver(message)).toEqual({ delivered: true, channel: 'subscribe' })
  expect(emu.openapi.calls).toEqual([
    {
      api: 'subscribeMessage.send',
      params: {
        touser: 'o-u1',
        template_id: 'TPL-1',
        page: 'pages/task/index?id=t1',
        data: { thing1: { value: '新的排查任务' }, thing2: { value: '玉龙镇 3 户' } },
        miniprogram_state: 'formal',
      },
    },
  ])
  expect(emu.openapi.delivered).toHaveLength(1)
})

it('a kind without a template is NO_TEMPLATE, and nothing is sent', async () => {
  expect(await notifier().deliver({ ...message, kind: 'toString' })).toEqual({ delivered: false, channel: 'subscribe', error: 'NO_TEMPLATE' })
  expect(emu.openapi.calls).toEqual([])
})

it('a user without a bound OPENID is NO_OPENID, and nothing is sent', async () => {
  expect(await notifier().deliver({ ...message, userId: 'u2' })).toEqual({ delivered: false, channel: 'subscribe', error: 'NO_OPENID' })
  expect(emu.openapi.calls).toEqual([])
})

it('43101 (the user refused, or the one-time consent is used up) is NO_CONSENT', async () => {
  emu.openapi.answerSubscribe(43101)
  expect(await notifier().deliver(message)).toEqual({ delivered: false, channel: 'subscribe', error: 'NO_CONSENT' })
  expect(errors).toEqual([])
  expect(emu.openapi.delivered).toEqual([])
})

it('47003 (a keyword value WeChat refuses) and 40037 (a wrong template id) are reported with their code and logged', async () => {
  emu.openapi.answerSubscribe(47003, 40037)
  expect(await notifier().deliver(message)).toEqual({ delivered: false, channel: 'subscribe', error: 'WX_47003' })
  expect(await notifier().deliver(message)).toEqual({ delivered: false, channel: 'subscribe', error: 'WX_40037' })
  expect(errors.map(([, d]) => (d as { errCode: number }).errCode)).toEqual([47003, 40037])
})

it('an SDK or network failure is thrown, so the outbox retries later (a stand-in: the emulator does not drop connections)', async () => {
  const down = Object.assign(new Error('ETIMEDOUT'), { errCode: -1 })
  await expect(notifier({ send: () => Promise.reject(down) }).deliver(message)).rejects.toBe(down)
})
