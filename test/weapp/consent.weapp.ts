// Agreeing to WeChat subscription messages (订阅消息): WeChat shows its consent sheet only
// from a tap, and answers accept, reject or ban per template; the app tells the server,
// which then may send exactly one message of that kind per accept.
import { Weapp } from './runtime/weapp'

const TEMPLATES = { emergencyPatrol: 'tpl-emergency', deadlineReminder: 'tpl-deadline', caseUpdate: 'tpl-case' }
let app: Weapp
const saved = process.env.ANJU_TEMPLATE_IDS
beforeAll(() => {
  process.env.ANJU_TEMPLATE_IDS = JSON.stringify(TEMPLATES)
})
afterAll(() => {
  if (saved === undefined) delete process.env.ANJU_TEMPLATE_IDS
  else process.env.ANJU_TEMPLATE_IDS = saved
})
afterEach(() => app?.close())

async function emergencyPage(): Promise<void> {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  await app.launch()
  await app.tap('应急预警')
  await app.onPage('inspector/pages/emergency/index')
  await app.until(() => app.cloud.count('notify.templates') > 0 || null, 'the template ids, fetched before any tap')
}

const consent = (kind: string) => app.env.rt.store.collection('consents').get(`u-insp-yulong:${kind}`)

test('accepting task reminders lets the server send one message of each kind asked for', async () => {
  await emergencyPage()
  app.phone.subscribeAnswers.push('accept')
  await app.tap('接收任务提醒')
  await app.see('已设置，可再点一次多收一条提醒')
  expect(app.phone.subscribeAsked).toEqual([['tpl-emergency', 'tpl-deadline']])
  expect((await consent('emergencyPatrol'))?.remaining).toBe(1)
  expect((await consent('deadlineReminder'))?.remaining).toBe(1)

  // Each tap is one more message allowed, as WeChat's one-time subscription works.
  app.phone.subscribeAnswers.push('accept')
  await app.tap('已设置，可再点一次多收一条提醒')
  await app.until(() => app.cloud.count('notify.consent') === 2 || null, 'the second consent')
  expect((await consent('emergencyPatrol'))?.remaining).toBe(2)
})

test('refusing, or turning the messages off for good, leaves the server nothing to send', async () => {
  await emergencyPage()
  app.phone.subscribeAnswers.push('accept', 'reject')
  await app.tap('接收任务提醒')
  await app.until(() => app.cloud.count('notify.consent') === 1 || null, 'the first answer')
  await app.tap('已设置，可再点一次多收一条提醒')
  await app.until(() => app.cloud.count('notify.consent') === 2 || null, 'the refusal')
  expect((await consent('emergencyPatrol'))?.remaining).toBe(0)

  app.phone.subscribeAnswers.push('ban')
  await app.tap('已设置，可再点一次多收一条提醒')
  await app.until(() => app.cloud.count('notify.consent') === 3 || null, 'the ban')
  expect((await consent('deadlineReminder'))?.remaining).toBe(0)
})

test('when WeChat refuses to show the sheet, nothing is recorded and the tasks still open', async () => {
  await emergencyPage()
  app.phone.subscribeAnswers.push('fail')
  await app.tap('我的应急巡查任务')
  await app.onPage('inspector/pages/tasks/index')
  expect(app.phone.subscribeAsked).toEqual([['tpl-emergency']])
  expect(app.cloud.count('notify.consent', false)).toBe(0)
})

test('a consent tap made before the template ids arrived reaches WeChat only after a network round trip, which WeChat refuses', async () => {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  await app.launch()
  await app.see('应急预警')
  // No signal while the page opens: the template ids are not fetched ahead of the tap.
  app.setNetwork('none')
  await app.tap('应急预警')
  await app.onPage('inspector/pages/emergency/index')
  await app.see('接收任务提醒')
  app.setNetwork('wifi')
  app.phone.subscribeAnswers.push('accept')
  await app.tap('接收任务提醒')
  await app.until(() => app.cloud.count('notify.templates') > 0 || null, 'the template ids, fetched inside the tap')
  await new Promise((r) => setTimeout(r, 200))
  expect(app.run.hooks.calls.filter((c) => c.api === 'requestSubscribeMessage')).toHaveLength(1)
  expect(app.phone.subscribeAsked).toEqual([])
  expect(app.cloud.count('notify.consent', false)).toBe(0)
})
