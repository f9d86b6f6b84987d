// A village's monthly work as overdue items: each closed month whose plan was not fully
// patrolled (read from the month's stored trend figures), houses not patrolled for a whole
// month now, and monthly statistics submitted late or not at all. Months before the
// village has any trend figures (before the system ran there) are not counted.
import dayjs from 'dayjs'
import { localDate, pageLink, type OverdueItem } from '../../../domain'
import { villagePlan } from '../patrols/monthly-plan'
import { statsDeadline } from '../patrols/monthly-stats'
import type { OverdueWindow } from './window'

export async function villageItems(w: OverdueWindow, villageId: string): Promise<OverdueItem[]> {
  const { deps } = w
  const villageName = w.street.nameOf(villageId)
  const inspectors = await w.holders('inspector', villageId)
  const base = { villageId, villageName, people: inspectors }
  const items: OverdueItem[] = []
  const trend = await deps.store.collection('villageMonths').getMany(w.months.map((m) => `${villageId}:${m}`))
  const ran = new Set(trend.map((t) => t.month))
  for (const t of trend) {
    if (t.patrolled >= t.houses) continue
    items.push({ ...base, id: `patrol:${villageId}:${t.month}`, kind: 'patrol', title: `${t.month} 月度巡查：${t.houses - t.patrolled} 栋房屋没有巡查`, dueDate: dayjs(`${t.month}-01`).endOf('month').format('YYYY-MM-DD'), doneOn: null, overdueNow: false, page: pageLink('streetCoverage') })
  }
  // Now: houses seen neither last month nor yet this month (once the system ran last month).
  const month = w.today.slice(0, 7)
  const missed = ran.has(w.months[w.months.length - 1] ?? '') ? (await villagePlan(deps, villageId, month)).filter((p) => p.status === 'overdue' && p.houseId !== null).length : 0
  if (missed > 0) {
    const due = dayjs(`${month}-01`).subtract(1, 'day').format('YYYY-MM-DD')
    items.push({ ...base, id: `patrol:${villageId}:now`, kind: 'patrol', title: `${missed} 栋房屋上月没有巡查，本月还没补上`, dueDate: due, doneOn: null, overdueNow: true, page: pageLink('streetCoverage') })
  }
  const stats = await deps.store.collection('monthlyStats').find({ where: { villageId, month: { $gte: w.months[0] ?? month } }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['version', 'desc']], limit: 500 })
  for (const m of w.months) {
    if (!ran.has(m)) continue
    const due = statsDeadline(m, deps.config.monthlyStatsDueDay)
    if (due >= w.today) continue
    const first = stats.filter((s) => s.month === m).sort((a, b) => a.version - b.version)[0]
    if (first && !first.late) continue
    const people = first ? [await w.person(first.submittedBy)] : inspectors
    const doneOn = first ? localDate(new Date(first.submittedAt)) : null
    items.push({ ...base, people, id: `stats:${villageId}:${m}`, kind: 'stats', title: first ? `${m} 月度统计逾期提交` : `${m} 月度统计未提交`, dueDate: due, doneOn, overdueNow: !first, page: pageLink('streetCoverage') })
  }
  return items
}
