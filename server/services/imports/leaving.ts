// Before a list import is applied: the households it takes out of monitoring (or off a
// category), those that need a second look first — an open hazard case, a C/D grade, or
// people still living in a dangerous house.
import { OPEN_CASE_STAGES, isDangerousGrade, type ImportLeavingView } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { ImportDoc } from '../../store/docs'

const MAX_READ = 20_000

export async function leavingOf(deps: Deps, job: ImportDoc): Promise<ImportLeavingView> {
  const rows = await deps.store.collection('importRows').find({ where: { importId: job._id, kind: 'missing' }, orderBy: [['seq', 'asc']], limit: MAX_READ })
  const ids = rows.map((r) => r.householdId).filter((x): x is string => !!x)
  const households = new Map((await deps.store.collection('households').getMany(ids)).map((h) => [h._id, h]))
  const houses = ids.length ? await deps.store.collection('houses').find({ where: { householdId: { $in: ids } }, limit: MAX_READ }) : []
  const caseIds = houses.map((h) => h.openCaseId).filter((x): x is string => !!x)
  const openCases = new Set((await deps.store.collection('cases').getMany(caseIds)).filter((c) => OPEN_CASE_STAGES.includes(c.stage)).map((c) => c.householdId))
  const flagged: ImportLeavingView['flagged'] = []
  for (const r of rows) {
    if (!r.householdId) continue
    const own = houses.filter((h) => h.householdId === r.householdId)
    const reasons: string[] = []
    if (openCases.has(r.householdId)) reasons.push('有未办结的隐患案件')
    if (isDangerousGrade(households.get(r.householdId)?.worstGrade ?? null)) reasons.push(`房屋鉴定为 ${households.get(r.householdId)!.worstGrade} 级`)
    if (own.some((h) => isDangerousGrade(h.grade ?? null) && h.occupancy === 'occupied')) reasons.push('仍有人住在危房里')
    if (reasons.length) flagged.push({ householdId: r.householdId, villageName: r.villageName, nameMasked: r.nameMasked, leavesMonitoring: 'status' in r.changes, reasons })
  }
  return { leaving: job.counts.missing, flagged }
}
