// A trial version's testers open the trial: which version a message opens is configuration.
import crypto from 'node:crypto'
import { configFromEnv, loadConfig } from '../../server/config'
import { SubscribeNotifier } from '../../server/adapters/cloudbase/subscribe-notifier'

const key = crypto.randomBytes(32).toString('base64')
const configOf = (env: NodeJS.ProcessEnv) => loadConfig({ ...configFromEnv(env), mode: 'cloud', dataKey: key })

it('messages open the released version unless ANJU_MINIPROGRAM_STATE says trial or developer', () => {
  expect(configOf({}).miniprogramState).toBe('formal')
  expect(configOf({ ANJU_MINIPROGRAM_STATE: 'trial' }).miniprogramState).toBe('trial')
  expect(() => configOf({ ANJU_MINIPROGRAM_STATE: 'beta' })).toThrow()
})

it('a trial deployment sends messages that open the trial version', async () => {
  const sent: Array<{ miniprogramState?: string }> = []
  const notifier = new SubscribeNotifier(
    { send: async (p) => void sent.push(p) },
    { caseUpdate: { templateId: 'TPL', toData: () => ({}) } },
    async () => 'o-1',
    { info: () => {}, error: () => {} },
    configOf({ ANJU_MINIPROGRAM_STATE: 'trial' }).miniprogramState,
  )
  await notifier.deliver({ id: 'm', userId: 'u', kind: 'caseUpdate', title: 't', body: 'b', page: 'pages/index/index' })
  expect(sent[0]?.miniprogramState).toBe('trial')
})
