// A quarterly report's way to the district: staff send it to the leader, the leader
// approves (it is submitted) or sends it back with a reason, the district receives it.
// Each step is one transaction on the report's revision, with its audit entry and the
// message to whoever acts next; a step asked again once done answers with the report.
import { AppError, REPORT_FLOW_LABELS, daysLate, localDate, pageLink, quarterReportDue, type ReportFlowState } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { TxStore } from '../../ports/store'
import type { ReportDoc, ReportFlow } from '../../store/docs'
import { auditEntry } from '../audit'
import { enqueue, noticeOf } from '../notify/enqueue'
import { peopleWith } from '../people'
import { emptyFlow } from './report-view'

type Step = 'send' | 'approve' | 'return' | 'receive'

/** From which states each step may start, and where it leads. */
const STEPS: Record<Step, { from: readonly ReportFlowState[]; to: ReportFlowState; word: string }> = {
  send: { from: ['draft', 'returned'], to: 'awaitingApproval', word: '提交领导审核' },
  approve: { from: ['awaitingApproval'], to: 'submitted', word: '审核报送' },
  return: { from: ['awaitingApproval'], to: 'returned', word: '退回' },
  receive: { from: ['submitted'], to: 'received', word: '接收' },
}

interface Notice {
  userIds: string[]
  title: string
  body: string
  page: string
}

async function whoIsNext(ctx: Ctx, r: ReportDoc, step: Step, reason: string): Promise<Notice> {
  const street = (await ctx.deps.orgs.get(r.streetId))?.name ?? ''
  const what = `${street}${r.quarter}住房安全保障预警数据`
  if (step === 'send') return { userIds: (await peopleWith(ctx.deps, 'leader', r.streetId)).map((u) => u._id), title: '季度报表待审核', body: `${what}已生成，请审核后报送区住建局`, page: pageLink('streetReports', { reportId: r._id }) }
  if (step === 'return') return { userIds: r.flow?.sentBy ? [r.flow.sentBy] : [], title: '季度报表被退回', body: `${what}被领导退回：${reason}`, page: pageLink('streetReports', { reportId: r._id }) }
  if (step === 'approve') {
    const district = (await ctx.deps.orgs.get(r.streetId))?.parentId
    return { userIds: district ? (await peopleWith(ctx.deps, 'district', district)).map((u) => u._id) : [], title: '季度报表待接收', body: `${what}已报送，请查收`, page: pageLink('districtReports') }
  }
  return { userIds: [r.flow?.sentBy, r.flow?.submittedBy].filter((x): x is string => !!x), title: '季度报表已接收', body: `区住建局已接收${what}`, page: pageLink('streetReports', { reportId: r._id }) }
}

/** Another report of the same street and quarter already on its way: one submission per quarter. */
async function rivalOf(ctx: Ctx, r: ReportDoc): Promise<ReportDoc | null> {
  const same = await ctx.deps.store.collection('reports').find({ where: { streetId: r.streetId, quarter: r.quarter }, orderBy: [['streetId', 'asc'], ['quarter', 'asc'], ['createdAt', 'desc']], limit: 50 })
  return same.find((x) => x._id !== r._id && ['awaitingApproval', 'submitted', 'received'].includes(x.flowState ?? 'draft')) ?? null
}

export async function moveReport(ctx: Ctx, report: ReportDoc, step: Step, text = ''): Promise<void> {
  const rule = STEPS[step]
  const state = report.flowState ?? 'draft'
  // Asked again after it went through: the same answer, nothing written twice.
  if (state === rule.to && (step !== 'return' || report.flow?.returnReason === text)) return
  if (!rule.from.includes(state)) throw new AppError('CONFLICT', `这份报表现在是“${REPORT_FLOW_LABELS[state]}”，不能${rule.word}`)
  if (step === 'send') {
    if (report.phase !== 'done') throw new AppError('CONFLICT', '报表还没生成完，请等生成完再提交')
    if (!report.snapshotId) throw new AppError('CONFLICT', '这个季度还没结束，季度结束后再生成、报送')
    if (await rivalOf(ctx, report)) throw new AppError('CONFLICT', '这个季度已经有一份报表在审核或已报送')
  }
  const now = ctx.now().toISOString()
  const flow: ReportFlow = { ...emptyFlow(), ...report.flow }
  if (step === 'send') Object.assign(flow, { note: text, sentBy: ctx.user._id, sentAt: now })
  if (step === 'return') Object.assign(flow, { returnedBy: ctx.user._id, returnedAt: now, returnReason: text })
  if (step === 'approve') Object.assign(flow, { submittedBy: ctx.user._id })
  if (step === 'receive') Object.assign(flow, { receivedBy: ctx.user._id, receivedAt: now })
  const notice = await whoIsNext(ctx, { ...report, flow }, step, text)
  const dueDate = quarterReportDue(report.quarter, ctx.deps.config.quarterlyReportDueDays)
  await ctx.deps.store.transaction(async (tx: TxStore) => {
    const cur = await tx.collection('reports').get(report._id)
    if (!cur || (cur.flowState ?? 'draft') !== state) throw new AppError('CONFLICT', '这份报表刚刚被别人处理过，请刷新后再看')
    // Submitted: kept with how late it reached the district, by the one deadline the reminders escalate by.
    const submission = step === 'approve' ? { submittedAt: now, lateDays: daysLate(dueDate, localDate(ctx.now())) } : {}
    await tx.collection('reports').update(cur._id, { flowState: rule.to, flow, ...submission }, { ifRev: cur._rev })
    await tx.collection('audit').insert(auditEntry(ctx.deps, ctx.user._id, `report.quarterly.${step}`, cur._id, { quarter: cur.quarter, streetId: cur.streetId, ...(text ? { text } : {}) }))
    for (const userId of notice.userIds) {
      const fields = { thing1: notice.title, time2: `${dueDate} 23:59`, thing3: `${report.quarter}季度报表` }
      await enqueue(tx, noticeOf('deadlineReminder', { cause: `qr-${step}:${cur._id}:${now}`, userId, title: notice.title, body: notice.body, page: notice.page, fields }), now)
    }
  })
}
