// WeChat pushes reach every role: each can see what it can get, subscribe, and then
// receives each subscribed kind once. Long-term templates are not counted down; 43101
// stops a kind until the user consents again; a template id WeChat refuses is recorded
// once for 系统状态 while the message stays in the inbox.
import { MESSAGE_KINDS, ROLES, ROLE_MESSAGE_KINDS, TEMPLATE_DEFS, type MessageKind, type TemplateFields } from '../../domain'
import type { Message } from '../../server/ports/notifier'
import { dispatchOutbox } from '../../server/services/notify/dispatch-outbox'
import { enqueue } from '../../server/services/notify/enqueue'
import { createTestEnv, DEMO, ok, USER_OF_ROLE, type TestEnv } from '../support/local-env'

let env: TestEnv
let notifier: RecordingNotifier
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 1, now: '2026-11-20T10:00:00+08:00' })
  notifier = new RecordingNotifier()
  env.rt.deps.notifier = notifier
  env.rt.deps.config.templateIds = Object.fromEntries(MESSAGE_KINDS.map((k) => [k, `TPL-${k}`]))
  env.rt.deps.config.longTermKinds = []
})
afterEach(() => env.close())

class RecordingNotifier {
  sent: Message[] = []
  /** What WeChat answers, per kind; delivered otherwise. */
  answers = new Map<string, { delivered: boolean; channel: string; error?: string }>()
  async deliver(m: Message) {
    const answer = this.answers.get(m.kind) ?? { delivered: true, channel: 'subscribe' }
    if (answer.delivered) this.sent.push(m)
    return answer
  }
  to(userId: string): string[] {
    return this.sent.filter((m) => m.userId === userId).map((m) => m.kind).sort()
  }
}

let seq = 0
/** Every keyword of the kind's template, left blank (delivered as "-"). */
const blankFields = <K extends MessageKind>(kind: K) => Object.fromEntries(TEMPLATE_DEFS[kind].keywords.map((k) => [k.key, ''])) as TemplateFields<K>

/** One message of the kind to the user, as the jobs and actions enqueue them. */
async function message<K extends MessageKind>(userId: string, kind: K): Promise<string> {
  const cause = `test:${kind}:${seq++}`
  await env.rt.store.transaction((tx) => enqueue(tx, { cause, userId, kind, title: '测试消息', body: '请查看', page: 'pages/inbox/index', fields: blankFields(kind) }, env.clock.now().toISOString()))
  return `ntf-${cause}-${userId}`.replace(/[^A-Za-z0-9_-]/g, '_')
}

const dispatch = () => dispatchOutbox(env.rt.deps, Date.now() + 60_000)

/** Taps "允许" on every template the 消息提醒 page offers him. */
async function subscribeAll(userId: string): Promise<MessageKind[]> {
  const { kinds } = ok(await env.call(userId, 'notify.status', {}))
  const results = Object.fromEntries(kinds.map((k) => [k.templateId!, 'accept' as const]))
  expect(ok(await env.call(userId, 'notify.consent', { results })).recorded).toBe(kinds.length)
  return kinds.map((k) => k.kind)
}

const pushOf = async (userId: string, id: string) => ok(await env.call(userId, 'inbox.list', { page: 1, pageSize: 50 })).items.find((i) => i.id === id)!.push

it('every role can subscribe and then gets each kind it is subscribed to exactly once', async () => {
  for (const role of ROLES) {
    const userId = USER_OF_ROLE[role]
    const kinds = await subscribeAll(userId)
    expect(kinds).toEqual([...ROLE_MESSAGE_KINDS[role]])
    for (const k of kinds) await message(userId, k)
  }
  await dispatch()
  await dispatch()
  for (const role of ROLES) expect(notifier.to(USER_OF_ROLE[role])).toEqual([...ROLE_MESSAGE_KINDS[role]].sort())
  expect(notifier.sent).toHaveLength(ROLES.reduce((n, r) => n + ROLE_MESSAGE_KINDS[r].length, 0))

  // Each consent allowed one message: the next of the same kind stays in the inbox, and says why.
  const id = await message(DEMO.staffBachuan, 'escalation')
  await dispatch()
  expect(notifier.to(DEMO.staffBachuan).filter((k) => k === 'escalation')).toHaveLength(1)
  expect(await pushOf(DEMO.staffBachuan, id)).toBe('noConsent')
})

it('the 消息提醒 status counts one-time consents down as messages go out', async () => {
  const leader = DEMO.leaderBachuan
  await subscribeAll(leader)
  await subscribeAll(leader)
  const remaining = async () => ok(await env.call(leader, 'notify.status', {})).kinds.find((k) => k.kind === 'escalation')!.remaining
  expect(await remaining()).toBe(2)
  const id = await message(leader, 'escalation')
  await dispatch()
  expect(await remaining()).toBe(1)
  expect(await pushOf(leader, id)).toBe('sent')
})

it('a long-term template is never counted down, whatever the client says', async () => {
  env.rt.deps.config.longTermKinds = ['escalation']
  const staff = DEMO.staffBachuan
  // An older app version says longTerm: false; the configuration decides.
  ok(await env.call(staff, 'notify.consent', { results: { 'TPL-escalation': 'accept', 'TPL-deadlineReminder': 'accept' }, longTerm: false }))
  for (let i = 0; i < 5; i++) {
    await message(staff, 'escalation')
    await message(staff, 'deadlineReminder')
  }
  await dispatch()
  expect(notifier.to(staff)).toEqual(['deadlineReminder', 'escalation', 'escalation', 'escalation', 'escalation', 'escalation'])
  const status = ok(await env.call(staff, 'notify.status', {})).kinds.find((k) => k.kind === 'escalation')!
  expect(status).toMatchObject({ longTerm: true, subscribedLongTerm: true, stopped: false })
  // A one-time template is not made long-term by the client either.
  const reminder = (await env.rt.store.collection('consents').get(`${staff}:deadlineReminder`))!
  expect(reminder).toMatchObject({ longTerm: false, remaining: 0 })
})

it('43101 stops the kind until the user consents again, even on a long-term template', async () => {
  env.rt.deps.config.longTermKinds = ['disasterMajor']
  const leader = DEMO.leaderBachuan
  await subscribeAll(leader)
  notifier.answers.set('disasterMajor', { delivered: false, channel: 'subscribe', error: 'NO_CONSENT' })
  const refused = await message(leader, 'disasterMajor')
  await dispatch()
  expect(await pushOf(leader, refused)).toBe('noConsent')
  expect(ok(await env.call(leader, 'notify.status', {})).kinds.find((k) => k.kind === 'disasterMajor')).toMatchObject({ stopped: true, subscribedLongTerm: false })

  // WeChat would accept again, but he has not consented again: nothing is tried.
  notifier.answers.delete('disasterMajor')
  await message(leader, 'disasterMajor')
  await dispatch()
  expect(notifier.to(leader)).toEqual([])
  expect(await env.rt.store.collection('inbox').count({ userId: leader, readAt: null })).toBe(2)

  ok(await env.call(leader, 'notify.consent', { results: { 'TPL-disasterMajor': 'accept' } }))
  expect(ok(await env.call(leader, 'notify.status', {})).kinds.find((k) => k.kind === 'disasterMajor')).toMatchObject({ stopped: false, subscribedLongTerm: true })
  await message(leader, 'disasterMajor')
  await message(leader, 'disasterMajor')
  await dispatch()
  expect(notifier.to(leader)).toEqual(['disasterMajor', 'disasterMajor'])
})

describe('a template id WeChat refuses', () => {
  it('is recorded once and shown on 系统状态, and the message stays in the inbox', async () => {
    const inspector = DEMO.inspectorYulong
    await subscribeAll(inspector)
    await subscribeAll(inspector)
    notifier.answers.set('emergencyPatrol', { delivered: false, channel: 'subscribe', error: 'WX_40037' })
    const calls = jest.spyOn(notifier, 'deliver')
    const first = await message(inspector, 'emergencyPatrol')
    const second = await message(inspector, 'emergencyPatrol')
    await dispatch()
    await dispatch()
    // Refused whole: the second message is not tried, and nothing is retried.
    expect(calls.mock.calls.filter(([m]) => m.kind === 'emergencyPatrol')).toHaveLength(1)
    expect(await env.rt.store.collection('templateDefects').count()).toBe(1)
    expect(await pushOf(inspector, first)).toBe('refused')
    expect(await pushOf(inspector, second)).toBe('refused')
    expect(await env.rt.store.collection('inbox').count({ userId: inspector, kind: 'emergencyPatrol' })).toBe(2)
    // The consents were not spent on messages WeChat did not take.
    expect((await env.rt.store.collection('consents').get(`${inspector}:emergencyPatrol`))!.remaining).toBe(2)

    const { templates } = ok(await env.call(DEMO.staffBachuan, 'system.status', {}))
    const row = templates.find((t) => t.kind === 'emergencyPatrol')!
    expect(row).toMatchObject({ templateId: 'TPL-emergencyPatrol', defect: { errCode: 40037 } })
    expect(row.defect!.text).toContain('模板 id 无效')
    expect(templates.filter((t) => t.defect)).toHaveLength(1)

    // A corrected id in the configuration is tried again.
    env.rt.deps.config.templateIds.emergencyPatrol = 'TPL-fixed'
    notifier.answers.delete('emergencyPatrol')
    await message(inspector, 'emergencyPatrol')
    await dispatch()
    expect(notifier.to(inspector)).toEqual(['emergencyPatrol'])
    expect(ok(await env.call(DEMO.staffBachuan, 'system.status', {})).templates.find((t) => t.kind === 'emergencyPatrol')!.defect).toBeNull()
  })

  it('for a keyword format (47003) is recorded once while each message is still tried once, never retried', async () => {
    const appraiser = DEMO.appraiserBachuan
    for (let i = 0; i < 3; i++) await subscribeAll(appraiser)
    notifier.answers.set('deadlineReminder', { delivered: false, channel: 'subscribe', error: 'WX_47003' })
    const calls = jest.spyOn(notifier, 'deliver')
    for (let i = 0; i < 3; i++) await message(appraiser, 'deadlineReminder')
    await dispatch()
    env.clock.advanceDays(1)
    await dispatch()
    expect(calls).toHaveBeenCalledTimes(3)
    const defects = await env.rt.store.collection('templateDefects').find({})
    expect(defects.map((d) => [d._id, d.errCode])).toEqual([['TPL-deadlineReminder', 47003]])
  })

  it('is seen by street staff only', async () => {
    for (const userId of [DEMO.farmerYulong, DEMO.inspectorYulong, DEMO.leaderBachuan, DEMO.appraiserBachuan]) {
      const r = await env.call(userId, 'system.status', {})
      expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
    }
  })
})
