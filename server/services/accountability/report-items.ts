// Quarterly reports as overdue items of the street itself: each report of the last 12
// months that reached the district after its deadline (kept with it as lateDays), and the
// report of the quarter now due when it has not reached the district by its deadline —
// the one deadline (quarterReportDue) the reminders escalate by. Quarters before that are
// not asked for again here: a street that began using the app has no reports before it.
import { lastEndedQuarter, localDate, pageLink, quarterReportDue, quarterWords, type OverdueItem } from '../../../domain'
import type { ReportDoc } from '../../store/docs'
import { lateDaysOf } from '../reports/report-view'
import type { OverdueWindow } from './window'

const SUBMITTED = new Set(['submitted', 'received'])

export async function reportItems(w: OverdueWindow): Promise<OverdueItem[]> {
  const { deps, street } = w
  const due = (r: Pick<ReportDoc, 'quarter'>) => quarterReportDue(r.quarter, deps.config.quarterlyReportDueDays)
  const reports = await deps.store.collection('reports').find({ where: { streetId: street.streetId }, orderBy: [['streetId', 'asc'], ['createdAt', 'desc']], limit: 200 })
  const base = (r: Pick<ReportDoc, 'quarter'>) => ({ kind: 'report' as const, villageId: street.streetId, villageName: street.streetName, dueDate: due(r) })
  const items: OverdueItem[] = []
  for (const r of reports.filter((x) => SUBMITTED.has(x.flowState ?? 'draft') && due(x) >= w.since)) {
    const lateDays = lateDaysOf(r, due(r)) ?? 0
    if (lateDays === 0) continue
    const people = await Promise.all([r.flow?.sentBy, r.flow?.submittedBy].filter((x): x is string => !!x).filter((x, i, all) => all.indexOf(x) === i).map((id) => w.person(id)))
    items.push({ ...base(r), id: `report:${r._id}`, people, title: `${quarterWords(r.quarter)}报表逾期 ${lateDays} 天报送区住建局`, doneOn: localDate(new Date(r.submittedAt!)), overdueNow: false, page: pageLink('streetReports', { reportId: r._id }) })
  }
  const quarter = lastEndedQuarter(w.today)
  const dueDate = quarterReportDue(quarter, deps.config.quarterlyReportDueDays)
  const ofQuarter = reports.filter((r) => r.quarter === quarter)
  if (w.today > dueDate && !ofQuarter.some((r) => SUBMITTED.has(r.flowState ?? 'draft'))) {
    // Who has to act: the leader while a report waits for approval, else the street's staff.
    const waiting = ofQuarter.find((r) => r.flowState === 'awaitingApproval')
    const people = await w.holders(waiting ? 'leader' : 'staff', street.streetId)
    items.push({ ...base({ quarter }), id: `report:${quarter}:now`, people, title: `${quarterWords(quarter)}报表还没有报送区住建局`, doneOn: null, overdueNow: true, page: pageLink('streetReports', waiting ? { reportId: waiting._id } : {}) })
  }
  return items
}
