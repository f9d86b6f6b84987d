// The subscription-message channel: what it sends, and how WeChat's refusals come back.
import type { Message } from '../../../server/ports/notifier'
import { SubscribeNotifier, type SubscribeSendApi } from '../../../server/adapters/cloudbase/subscribe-notifier'

const quiet = { info: () => {}, error: () => {} }
const message: Message = { id: 'm1', userId: 'u1', kind: 'case.assigned', title: '新的排查任务', body: '玉龙镇 3 户', page: 'pages/task/index?id=t1' }
const templates = {
  'case.assigned': { templateId: 'TPL-1', toData: (m: Message) => ({ thing1: { value: m.title }, thing2: { value: m.body } }) },
}

function api(outcome: unknown = {}) {
  const sent: unknown[] = []
  const send: SubscribeSendApi['send'] = async (p) => {
    sent.push(p)
    if (outcome instanceof Error) throw outcome
    return outcome
  }
  return { sent, api: { send } }
}

const openids = async (userId: string) => (userId === 'u1' ? 'o-u1' : null)

it('sends the template with the user’s OPENID, the page and the keyword values', async () => {
  const { sent, api: a } = api()
  const n = new SubscribeNotifier(a, templates, openids, quiet)
  expect(await n.deliver(message)).toEqual({ delivered: true, channel: 'subscribe' })
  expect(sent).toEqual([
    {
      touser: 'o-u1',
      templateId: 'TPL-1',
      page: 'pages/task/index?id=t1',
      data: { thing1: { value: '新的排查任务' }, thing2: { value: '玉龙镇 3 户' } },
      miniprogramState: 'formal',
    },
  ])
})

it('a kind without a template is NO_TEMPLATE, and nothing is sent', async () => {
  const { sent, api: a } = api()
  const n = new SubscribeNotifier(a, templates, openids, quiet)
  expect(await n.deliver({ ...message, kind: 'toString' })).toEqual({ delivered: false, channel: 'subscribe', error: 'NO_TEMPLATE' })
  expect(sent).toEqual([])
})

it('a user without a bound OPENID is NO_OPENID', async () => {
  const { api: a } = api()
  const n = new SubscribeNotifier(a, templates, openids, quiet)
  expect(await n.deliver({ ...message, userId: 'u2' })).toEqual({ delivered: false, channel: 'subscribe', error: 'NO_OPENID' })
})

it('43101 (no consent left) is NO_CONSENT', async () => {
  const { api: a } = api(Object.assign(new Error('user refuse to accept the msg'), { errCode: 43101 }))
  const n = new SubscribeNotifier(a, templates, openids, quiet)
  expect(await n.deliver(message)).toEqual({ delivered: false, channel: 'subscribe', error: 'NO_CONSENT' })
})

it('another WeChat refusal is reported with its code; an SDK or network failure is thrown for a retry', async () => {
  const refused = new SubscribeNotifier(api(Object.assign(new Error('argument invalid! data.thing1.value'), { errCode: 47003 })).api, templates, openids, quiet)
  expect(await refused.deliver(message)).toEqual({ delivered: false, channel: 'subscribe', error: 'WX_47003' })
  const down = Object.assign(new Error('ETIMEDOUT'), { errCode: -1 })
  const failing = new SubscribeNotifier(api(down).api, templates, openids, quiet)
  await expect(failing.deliver(message)).rejects.toBe(down)
})
