// Task reminders and escalations, digested: one message per person, per kind (reminder or
// escalation) and per day, with the count and the first few items — never one per task
// (a street draws hundreds of houses). The cause names the person, kind and day, so
// however often the scheduler ticks that day the digest goes out once.
import dayjs from 'dayjs'
import { plainDate, type MessageKind, type Role, pageLink } from '../../domain'
import type { Deps } from '../core/deps'
import { noticeOf, type Notice } from '../services/notify/enqueue'
import { enqueueMany } from '../services/notify/enqueue-many'
import { peopleWith } from '../services/people'

/** Items named in a digest; the rest are counted. */
export const DIGEST_ITEMS = 3

interface Item {
  text: string
  dueDate: string
  where: string
}

interface Digest {
  kind: MessageKind
  page: string
  items: Item[]
}

const KIND_WORD: Partial<Record<MessageKind, { title: string; cause: string; lead: (n: number) => string }>> = {
  deadlineReminder: { title: '待办任务提醒', cause: 'task-remind-digest', lead: (n) => `今天有 ${n} 项待办` },
  escalation: { title: '逾期任务督办', cause: 'task-escalate-digest', lead: (n) => `有 ${n} 项任务已过期限` },
}

export const digestBody = (lead: string, items: Item[]): string => `${lead}：${items.slice(0, DIGEST_ITEMS).map((i) => i.text).join('；')}${items.length > DIGEST_ITEMS ? ' 等' : ''}`

export async function taskDigests(deps: Deps, today: string, nowIso: string, villageName: (id: string) => Promise<string>): Promise<number> {
  const horizon = dayjs(today).add(deps.config.reminderLeadDays, 'day').format('YYYY-MM-DD')
  const open = await deps.store.collection('tasks').find({ where: { status: 'open', dueDate: { $lte: horizon } }, orderBy: [['status', 'asc'], ['dueDate', 'asc']], limit: 5000 })
  const people = new Map<string, string[]>()
  const whoIs = async (role: Role, orgId: string) => {
    const key = `${role}@${orgId}`
    if (!people.has(key)) people.set(key, (await peopleWith(deps, role, orgId)).map((u) => u._id))
    return people.get(key)!
  }
  const digests = new Map<string, Digest & { userId: string }>()
  const add = (userId: string, kind: MessageKind, page: string, item: Item) => {
    const key = `${userId}|${kind}`
    const d = digests.get(key) ?? digests.set(key, { userId, kind, page, items: [] }).get(key)!
    d.items.push(item)
  }
  for (const t of open) {
    if (t.kind === 'emergencyPatrol') continue
    const name = await villageName(t.villageId)
    if (today <= t.dueDate) {
      const role: Role = t.kind === 'streetPatrol' ? 'staff' : 'inspector'
      // Each role's digest opens its own task list: a street patrol is staff's work.
      const page = role === 'staff' ? pageLink('streetTasks') : pageLink('inspectorTasks')
      for (const u of await whoIs(role, role === 'staff' ? t.streetId : t.villageId)) add(u, 'deadlineReminder', page, { text: `${name}${t.title}（${plainDate(t.dueDate)}到期）`, dueDate: t.dueDate, where: name })
    } else {
      const role: Role = t.kind === 'newListingCheck' ? 'leader' : 'staff'
      for (const u of await whoIs(role, t.streetId)) add(u, 'escalation', pageLink('streetTasks'), { text: `${name}${t.title}（${plainDate(t.dueDate)}到期）`, dueDate: t.dueDate, where: name })
    }
  }
  const notices: Notice[] = []
  for (const d of digests.values()) {
    const words = KIND_WORD[d.kind]!
    const n = d.items.length
    const first = d.items[0]!
    const places = [...new Set(d.items.map((i) => i.where))]
    const body = digestBody(words.lead(n), d.items)
    const notice = { cause: `${words.cause}:${today}`, userId: d.userId, title: words.title, body, page: d.page }
    notices.push(
      d.kind === 'deadlineReminder'
        ? noticeOf('deadlineReminder', { ...notice, fields: { thing1: words.title, time2: `${first.dueDate} 23:59`, thing3: `共 ${n} 项，${first.text}` } })
        : noticeOf('escalation', { ...notice, fields: { thing1: `${words.title}（${n} 项）`, thing2: places.length === 1 ? places[0]! : `${places[0]} 等 ${places.length} 个村`, time3: `${first.dueDate} 23:59` } }),
    )
  }
  // All of the day's digests in bulk, each once (enqueueMany).
  return enqueueMany(deps, notices, nowIso)
}
