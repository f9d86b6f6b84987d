// The 消息提醒 page tells each person, per kind, whether WeChat will push it.
import type { NotifyKindStatus } from '../../domain'
import { kindView, missingImportant, toAsk } from '../../src/services/notify-kinds'

const kind = (over: Partial<NotifyKindStatus> = {}): NotifyKindStatus => ({
  kind: 'escalation', name: '逾期督办', when: '', important: true, templateId: 'TPL-e', longTerm: false, remaining: 0, subscribedLongTerm: false, stopped: false, ...over,
})
const open = { mainSwitch: true, items: {} }

it('a kept "reject" or "ban" in WeChat, or the main switch off, blocks the kind and is not asked again', () => {
  expect(kindView(kind(), { mainSwitch: true, items: { 'TPL-e': 'reject' } }).state).toBe('blocked')
  expect(kindView(kind(), { mainSwitch: true, items: { 'TPL-e': 'ban' } }).state).toBe('blocked')
  expect(kindView(kind({ remaining: 3 }), { mainSwitch: false, items: {} }).state).toBe('blocked')
  expect(toAsk([kind()], { mainSwitch: false, items: {} })).toEqual([])
  expect(kindView(kind(), { mainSwitch: true, items: { 'TPL-e': 'accept' } }).state).toBe('none')
})

it('says how many one-time messages are left, and that a long-term one needs nothing', () => {
  expect(kindView(kind({ remaining: 2 }), open).text).toContain('还能收到 2 条')
  expect(kindView(kind({ subscribedLongTerm: true, longTerm: true }), open)).toMatchObject({ state: 'longTerm', canSubscribe: false })
  expect(kindView(kind({ stopped: true }), open).state).toBe('stopped')
  expect(kindView(kind({ templateId: null }), open)).toMatchObject({ state: 'notConfigured', canSubscribe: false })
})

it('asks at most 3 templates per tap, unsubscribed important kinds first', () => {
  const kinds = [
    kind({ kind: 'deadlineReminder', important: false, templateId: 'a', remaining: 1 }),
    kind({ kind: 'deadlineReminder', important: false, templateId: 'b' }),
    kind({ kind: 'escalation', templateId: 'c', remaining: 1 }),
    kind({ kind: 'disasterMajor', templateId: 'd' }),
  ]
  expect(toAsk(kinds, open).map((k) => k.templateId)).toEqual(['d', 'b', 'c'])
  expect(missingImportant(kinds, open).map((k) => k.templateId)).toEqual(['d'])
})
