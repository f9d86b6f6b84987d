// Nobody has to remember a deadline: the person who must act is reminded before it, and
// the one above is told after it. Each message's id derives from the item and the step,
// so however often the scheduler ticks, each reminder and escalation goes out once.
import dayjs from 'dayjs'
import { CASE_STAGE_LABELS, DISASTER_KIND_LABELS, OPEN_CASE_STAGES, localDate, localDateTime, plainDate, plainDateTime, plainMonth, type MessageKind, type Role, pageLink, lastEndedQuarter, quarterReportDue } from '../../domain'
import type { Deps } from '../core/deps'
import { taskDigests } from './task-digest'
import type { Notice, NoticeOf } from '../services/notify/enqueue'
import { enqueueMany } from '../services/notify/enqueue-many'
import { leftToPatrol } from '../services/patrols/plan-left'
import { statsDeadline } from '../services/patrols/monthly-stats'
import { peopleWith } from '../services/people'
import type { UserDoc } from '../store/docs'

interface Ctx {
  deps: Deps
  today: string
  nowIso: string
  sent: number
  /** Who holds a role at an org, asked once per run: many items tell the same people. */
  people: Map<string, Promise<UserDoc[]>>
  /** Messages not yet written (see send). */
  pending: Notice[]
}

/**
 * Messages written at a time: those queued before are found with one read and the rest
 * added in bulk (enqueueMany), where a transaction per few messages cost CloudBase a round
 * trip per read and write of each, and a district's day of reminders far more than a tick.
 */
const WRITE_BATCH = 500

/** Queues a message; they are written WRITE_BATCH at a time, each exactly once (enqueueMany). */
async function send<K extends MessageKind>(c: Ctx, n: NoticeOf<K>): Promise<void> {
  c.pending.push(n as unknown as Notice)
  if (c.pending.length >= WRITE_BATCH) await flush(c)
}

async function flush(c: Ctx): Promise<void> {
  const batch = c.pending.splice(0)
  if (batch.length === 0) return
  c.sent += await enqueueMany(c.deps, batch, c.nowIso)
}

async function tell<K extends MessageKind>(c: Ctx, role: Role, orgId: string, notice: Omit<NoticeOf<K>, 'userId'>): Promise<void> {
  const key = `${role}@${orgId}`
  if (!c.people.has(key)) c.people.set(key, peopleWith(c.deps, role, orgId))
  for (const u of await c.people.get(key)!) await send<K>(c, { ...notice, userId: u._id } as NoticeOf<K>)
}

const reminder = (cause: string, title: string, body: string, page: string, due: string): Omit<NoticeOf<'deadlineReminder'>, 'userId'> => ({
  cause,
  kind: 'deadlineReminder',
  title,
  body,
  page,
  fields: { thing1: title, time2: `${due} 23:59`, thing3: body },
})

const escalation = (cause: string, title: string, body: string, page: string, where: string, due: string): Omit<NoticeOf<'escalation'>, 'userId'> => ({
  cause,
  kind: 'escalation',
  title,
  body,
  page,
  fields: { thing1: title, thing2: where, time3: `${due} 23:59` },
})

/** Runs `fn` once per key (e.g. once a month), across ticks and instances. */
async function once(c: Ctx, key: string, fn: () => Promise<void>): Promise<void> {
  const runs = c.deps.store.collection('jobRuns')
  if (await runs.get(key)) return
  await fn()
  // Its messages are written before it is marked done.
  await flush(c)
  await runs.set({ _id: key, job: key.split(':')[0]!, at: c.nowIso })
}

async function villageName(c: Ctx, id: string): Promise<string> {
  return (await c.deps.orgs.get(id))?.name ?? ''
}

/** Monthly patrols: remind inspectors near month end, tell street staff after it. */
async function monthlyPatrols(c: Ctx): Promise<void> {
  const today = dayjs(c.today)
  const month = today.format('YYYY-MM')
  const lead = c.deps.config.reminderLeadDays
  const villages = await c.deps.store.collection('orgs').find({ where: { level: 'village' }, limit: 5000 })
  if (today.date() >= today.daysInMonth() - lead) {
    await once(c, `patrolRemind:${month}`, async () => {
      const lefts = await leftToPatrol(c.deps, villages.map((v) => v._id), month)
      for (const v of villages) {
        const left = lefts.get(v._id) ?? 0
        if (left > 0) await tell(c, 'inspector', v._id, reminder(`patrol-remind:${month}:${v._id}`, '本月巡查还没完成', `本月还有 ${left} 户房屋没有巡查`, pageLink('inspectorPlan'), today.endOf('month').format('YYYY-MM-DD')))
      }
    })
  }
  const last = today.subtract(1, 'month').format('YYYY-MM')
  await once(c, `patrolEscalate:${last}`, async () => {
    const lefts = await leftToPatrol(c.deps, villages.map((v) => v._id), last)
    for (const v of villages) {
      const left = lefts.get(v._id) ?? 0
      const street = (await c.deps.orgs.streetOf(v._id))?._id
      if (left > 0 && street) await tell(c, 'staff', street, escalation(`patrol-escalate:${last}:${v._id}`, `${plainMonth(last, c.today)}月度巡查未完成`, `${v.name} 有 ${left} 户房屋上月没有巡查`, pageLink('streetCoverage'), v.name, dayjs(`${last}-01`).endOf('month').format('YYYY-MM-DD')))
    }
  })
}

/** Monthly statistics: due on the configured day of the next month. */
async function monthlyStats(c: Ctx): Promise<void> {
  const last = dayjs(c.today).subtract(1, 'month').format('YYYY-MM')
  const due = statsDeadline(last, c.deps.config.monthlyStatsDueDay)
  const remindFrom = dayjs(due).subtract(c.deps.config.reminderLeadDays, 'day').format('YYYY-MM-DD')
  if (c.today < remindFrom) return
  const villages = await c.deps.store.collection('orgs').find({ where: { level: 'village' }, limit: 5000 })
  // Which villages submitted, a hundred villages a query rather than a count each.
  const submitted = new Set<string>()
  for (let i = 0; i < villages.length; i += 100) {
    const ids = villages.slice(i, i + 100).map((v) => v._id)
    for (const s of await c.deps.store.collection('monthlyStats').find({ where: { villageId: { $in: ids }, month: last }, fields: ['villageId'], limit: 10_000 })) submitted.add(s.villageId)
  }
  for (const v of villages) {
    if (submitted.has(v._id)) continue
    if (c.today <= due) await tell(c, 'inspector', v._id, reminder(`stats-remind:${last}:${v._id}`, `请提交${plainMonth(last, c.today)}月度统计`, `${plainDate(due)}前提交本村月度巡查统计`, pageLink('inspectorMonthly'), due))
    else {
      const street = (await c.deps.orgs.streetOf(v._id))?._id
      if (street) await tell(c, 'staff', street, escalation(`stats-escalate:${last}:${v._id}`, `${plainMonth(last, c.today)}月度统计未提交`, `${v.name} 的月度统计已过期限`, pageLink('streetCoverage'), v.name, due))
    }
  }
}

/** Tasks with a due date: new-listing checks (escalated to the leader) and street patrols, one digest a day per person and kind. */
async function tasks(c: Ctx): Promise<void> {
  c.sent += await taskDigests(c.deps, c.today, c.nowIso, (id) => villageName(c, id))
}

/**
 * Emergency patrols are due within hours, one task per house: each village is reminded
 * once a few hours before the deadline with the number of houses left, and once past it
 * the street staff and the leader are told (a house not checked in a storm is a life at
 * risk). One message per campaign and village, never one per house.
 */
async function emergencyPatrols(c: Ctx, now: Date): Promise<void> {
  const campaigns = c.deps.store.collection('campaigns')
  const tasks = c.deps.store.collection('tasks')
  const since = new Date(now.getTime() - 7 * 86400_000).toISOString()
  const leadMs = c.deps.config.emergencyReminderLeadHours * 3600_000
  const recent = (
    await Promise.all((['running', 'done'] as const).map((status) => campaigns.find({ where: { status, createdAt: { $gte: since } }, orderBy: [['createdAt', 'asc']], limit: 200 })))
  ).flat()
  for (const k of recent) {
    const dueMs = new Date(k.dueAt).getTime()
    const overdue = now.getTime() > dueMs
    if (!overdue && now.getTime() < dueMs - leadMs) continue
    const due = localDate(new Date(k.dueAt))
    const dueText = plainDateTime(new Date(k.dueAt))
    const dueField = localDateTime(new Date(k.dueAt))
    for (const v of k.villageIds) {
      const left = await tasks.count({ campaignId: k._id, villageId: v, status: 'open' })
      if (left === 0) continue
      const name = await villageName(c, v)
      if (!overdue) {
        await tell(c, 'inspector', v, { ...reminder(`emergency-remind:${k._id}:${v}`, '应急巡查快到期限', `还有 ${left} 户房屋没有应急巡查，${dueText} 前完成`, pageLink('inspectorEmergency'), due), fields: { thing1: '应急巡查快到期限', time2: dueField, thing3: `还有 ${left} 户没有巡查` } })
      } else {
        for (const role of ['staff', 'leader'] as const) {
          await tell(c, role, k.streetId, { ...escalation(`emergency-escalate:${k._id}:${v}`, '应急巡查逾期', `${name} 还有 ${left} 户房屋没有在 ${dueText} 前应急巡查`, pageLink('streetCampaign', { campaignId: k._id }), name, due), fields: { thing1: '应急巡查逾期', thing2: name, time3: dueField } })
        }
      }
    }
  }
}

/** Disaster reports: in by the deadline, or the street and the leader are told; the message opens the disaster. */
async function disasters(c: Ctx): Promise<void> {
  const since = dayjs(c.today).subtract(60, 'day').format('YYYY-MM-DD')
  const streets = await c.deps.store.collection('orgs').find({ where: { level: 'street' }, limit: 1000 })
  for (const s of streets) {
    const events = await c.deps.store.collection('disasterEvents').find({ where: { streetId: s._id, dueDate: { $gte: since } }, orderBy: [['streetId', 'asc'], ['dueDate', 'asc']], limit: 200 })
    for (const e of events) {
      for (const v of e.villageIds) {
        if (e.villagesDone[v]) continue
        const name = await villageName(c, v)
        const title = `${DISASTER_KIND_LABELS[e.kind]}灾损上报`
        if (c.today <= e.dueDate) {
          if (c.today >= dayjs(e.dueDate).subtract(1, 'day').format('YYYY-MM-DD')) await tell(c, 'inspector', v, reminder(`disaster-remind:${e._id}:${v}`, title, `请在${plainDate(e.dueDate)}前上报本村受损房屋`, pageLink('inspectorDisaster', { eventId: e._id }), e.dueDate))
        } else {
          for (const role of ['staff', 'leader'] as const) await tell(c, role, s._id, escalation(`disaster-escalate:${e._id}:${v}`, `${title}逾期`, `${name}未在${plainDate(e.dueDate)}前完成灾损上报`, pageLink('streetDisaster', { eventId: e._id }), name, e.dueDate))
        }
      }
    }
  }
}

/** Cases: the owner of the stage is reminded; past due, the street (and for danger, the leader). */
async function caseDeadlines(c: Ctx): Promise<void> {
  const horizon = dayjs(c.today).add(c.deps.config.reminderLeadDays, 'day').format('YYYY-MM-DD')
  const due = await c.deps.store.collection('cases').find({ where: { dueDate: { $lte: horizon } }, orderBy: [['dueDate', 'asc']], limit: 5000 })
  for (const k of due) {
    if (!OPEN_CASE_STAGES.includes(k.stage) || !k.dueDate) continue
    const name = await villageName(c, k.villageId)
    const step = CASE_STAGE_LABELS[k.stage]
    const page = pageLink('streetCase', { caseId: k._id })
    if (c.today <= k.dueDate) {
      if (k.stage === 'awaitingAppraisal' || k.stage === 'appraising') {
        if (k.assignedAppraiserId) {
          await send(c, { ...reminder(`case-remind:${k._id}:${k.stage}`, '鉴定期限将到', `${name}的房屋鉴定${plainDate(k.dueDate!)}到期`, page, k.dueDate!), userId: k.assignedAppraiserId! })
        }
      } else if (k.stage === 'reported' || k.stage === 'villageVerified') {
        await tell(c, 'inspector', k.villageId, reminder(`case-remind:${k._id}:${k.stage}`, '隐患待核实上报', `${name}一处隐患（${step}）${plainDate(k.dueDate)}到期`, pageLink('inspectorCase', { caseId: k._id }), k.dueDate))
      } else await tell(c, 'staff', k.streetId, reminder(`case-remind:${k._id}:${k.stage}`, `隐患处置：${step}`, `${name}一处隐患${plainDate(k.dueDate)}到期`, page, k.dueDate))
      continue
    }
    await tell(c, 'staff', k.streetId, escalation(`case-escalate:${k._id}:${k.stage}`, `隐患处置逾期：${step}`, `${name}一处隐患已过期限（${plainDate(k.dueDate)}）`, page, name, k.dueDate))
    // Appraisals and a dangerous house not yet made safe go to the leader too.
    if (['awaitingAppraisal', 'appraising', 'appraised'].includes(k.stage)) {
      await tell(c, 'leader', k.streetId, escalation(`case-escalate-leader:${k._id}:${k.stage}`, `逾期：${step}`, `${name}一处隐患已过期限（${plainDate(k.dueDate)}）`, page, name, k.dueDate))
    }
  }
}

/**
 * The quarterly report is due at the district a configured number of days after the
 * quarter ends: street staff are reminded before (the leader too while it waits for his
 * approval), and once it is late both are told, like any other overdue item. Only the
 * quarter just over: a new deployment is not told about quarters before it.
 */
async function quarterlyReport(c: Ctx): Promise<void> {
  const quarter = lastEndedQuarter(c.today)
  const due = quarterReportDue(quarter, c.deps.config.quarterlyReportDueDays)
  if (c.today < dayjs(due).subtract(Math.max(c.deps.config.reminderLeadDays, 3), 'day').format('YYYY-MM-DD')) return
  if (c.today > dayjs(due).add(31, 'day').format('YYYY-MM-DD')) return
  const streets = await c.deps.store.collection('orgs').find({ where: { level: 'street' }, limit: 1000 })
  for (const s of streets) {
    const reports = await c.deps.store.collection('reports').find({ where: { streetId: s._id, quarter }, orderBy: [['streetId', 'asc'], ['quarter', 'asc'], ['createdAt', 'desc']], limit: 50 })
    const states = new Set(reports.map((r) => r.flowState ?? 'draft'))
    if (states.has('submitted') || states.has('received')) continue
    const page = pageLink('streetReports')
    const what = `${quarter}预警数据`
    if (c.today <= due) {
      await tell(c, 'staff', s._id, reminder(`quarterly-remind:${quarter}:${s._id}`, `请报送${what}`, `${plainDate(due)}前经领导审核后报送区住建局`, page, due))
      if (states.has('awaitingApproval')) await tell(c, 'leader', s._id, reminder(`quarterly-approve-remind:${quarter}:${s._id}`, `请审核${what}`, `${plainDate(due)}前审核报送区住建局`, page, due))
    } else {
      for (const role of ['staff', 'leader'] as const) await tell(c, role, s._id, escalation(`quarterly-escalate:${quarter}:${s._id}`, `${what}逾期未报送`, `${s.name}未在${plainDate(due)}前向区住建局报送${what}`, page, s.name, due))
    }
  }
}

export async function runReminders(deps: Deps): Promise<number> {
  const now = deps.clock.now()
  const c: Ctx = { deps, today: localDate(now), nowIso: now.toISOString(), sent: 0, people: new Map(), pending: [] }
  await monthlyPatrols(c)
  await monthlyStats(c)
  await tasks(c)
  await emergencyPatrols(c, now)
  await disasters(c)
  await caseDeadlines(c)
  await quarterlyReport(c)
  await flush(c)
  return c.sent
}
