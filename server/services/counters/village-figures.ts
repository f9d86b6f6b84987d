// Counts one village's figures from the raw records. Costs O(size of the village), never
// O(district): the dashboards read the stored result, and the consistency check compares
// it with a fresh count.
import dayjs from 'dayjs'
import { GRADES, OPEN_CASE_STAGES, RENOVATED_ROUTE, criticalReason, inRenovationCount, localDate, type CaseStage, type Grade, type VillageFigures } from '../../../domain'
import type { Deps } from '../../core/deps'
import { monthBounds } from '../patrols/monthly-stats'

const PAGE = 1000

async function all<T>(fetch: (skip: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += PAGE) {
    const batch = await fetch(skip)
    out.push(...batch)
    if (batch.length < PAGE) return out
  }
}

export async function countVillage(deps: Deps, villageId: string, now: Date): Promise<VillageFigures> {
  const today = localDate(now)
  const month = dayjs(today).format('YYYY-MM')
  const s = deps.store
  // Only the fields the figures need: whole documents made up most of a recount's time.
  const [households, houses, patrols, openCasesAll, openTasksAll] = await Promise.all([
    all((skip) => s.collection('households').find({ where: { villageId, status: 'monitored' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']], skip, limit: PAGE, fields: ['worstGrade'] })),
    all((skip) => s.collection('houses').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['_id', 'asc']], skip, limit: PAGE, fields: ['householdId', 'grade', 'gradedAt', 'occupancy', 'retiredAt', 'lastJudgment', 'lastPatrolAt'] })),
    all((skip) => s.collection('patrols').find({ where: { villageId, month }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['houseId', 'asc']], skip, limit: PAGE, fields: ['kind', 'householdId', 'houseId'] })),
    all((skip) => s.collection('cases').find({ where: { villageId, stage: { $in: OPEN_CASE_STAGES } }, orderBy: [['villageId', 'asc'], ['stage', 'asc'], ['openedAt', 'desc']], skip, limit: PAGE, fields: ['stage', 'dueDate', 'householdId'] })),
    all((skip) => s.collection('tasks').find({ where: { villageId, status: 'open' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['dueDate', 'asc']], skip, limit: PAGE, fields: ['dueDate', 'householdId'] })),
  ])
  const { from, to } = monthBounds(month)
  const [renovatedCases, openedThisMonth] = await Promise.all([
    all((skip) => s.collection('cases').find({ where: { villageId, closeRoute: RENOVATED_ROUTE }, orderBy: [['villageId', 'asc'], ['closeRoute', 'asc']], skip, limit: PAGE, fields: ['householdId'] })),
    all((skip) => s.collection('cases').find({ where: { villageId, openedAt: { $gte: from, $lt: to } }, orderBy: [['villageId', 'asc'], ['openedAt', 'asc']], skip, limit: PAGE, fields: ['householdId'] })),
  ])
  const monitored = new Set(households.map((h) => h._id))
  // A household that left monitoring is counted nowhere: not its houses, cases or tasks.
  const ofMonitored = <T extends { householdId: string }>(docs: T[]) => docs.filter((d) => monitored.has(d.householdId))
  const openCases = ofMonitored(openCasesAll)
  const openTasks = ofMonitored(openTasksAll)
  // Retired houses (demolished, no longer lived in) leave the counts, as they leave the plan.
  const live = houses.filter((h) => monitored.has(h.householdId) && !h.retiredAt)
  const liveIds = new Set(live.map((h) => h._id))
  const housed = new Set(live.map((h) => h.householdId))
  const byGrade = Object.fromEntries([...GRADES, 'none'].map((g) => [g, 0])) as Record<Grade | 'none', number>
  for (const h of live) byGrade[h.grade ?? 'none']++
  const householdsByGrade = Object.fromEntries([...GRADES, 'none'].map((g) => [g, 0])) as Record<Grade | 'none', number>
  for (const h of households) householdsByGrade[h.worstGrade ?? 'none']++
  const casesByStage: Partial<Record<CaseStage, number>> = {}
  for (const c of openCases) casesByStage[c.stage] = (casesByStage[c.stage] ?? 0) + 1
  return {
    households: households.length,
    houses: live.length,
    unregistered: households.filter((h) => !housed.has(h._id)).length,
    byGrade,
    householdsByGrade,
    occupiedDangerous: live.filter((h) => criticalReason(h) === 'graded').length,
    occupiedSuspected: live.filter((h) => criticalReason(h) === 'suspected').length,
    evacuated: live.filter((h) => h.occupancy === 'evacuated').length,
    month,
    patrolledThisMonth: new Set(patrols.filter((p) => p.kind !== 'selfCheck' && liveIds.has(p.houseId)).map((p) => p.houseId)).size,
    openCases: openCases.length,
    casesByStage,
    overdueCases: openCases.filter((c) => c.dueDate && c.dueDate < today).length,
    overdueTasks: openTasks.filter((t) => t.dueDate < today).length,
    inRenovation: inRenovationCount(casesByStage),
    renovated: ofMonitored(renovatedCases).length,
    casesOpenedThisMonth: ofMonitored(openedThisMonth).length,
  }
}
