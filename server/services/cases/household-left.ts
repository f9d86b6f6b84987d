// The open cases of a household that leaves monitoring end with it. Its figures count it
// nowhere (counters/tally.ts), so its cases are closed in the transaction that takes it
// out — as "已调出监测" with the list's reason, a case event and an audit entry, and its
// house no longer pointing to them — and every list of open cases agrees with the figures.
// The import's confirmation names such households first, before anyone confirms.
import { HOUSEHOLD_LEFT_LABEL, HOUSEHOLD_LEFT_ROUTE, OPEN_CASE_STAGES } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { TxStore } from '../../ports/store'
import type { CaseDoc } from '../../store/docs'
import { auditEntry } from '../audit'
import { releaseHouselessCase } from './houseless-case'

/** The open cases of these households, by household (read before the transaction: a query). */
export async function openCasesOf(deps: Deps, householdIds: string[]): Promise<Map<string, CaseDoc[]>> {
  const byHousehold = new Map<string, CaseDoc[]>()
  if (householdIds.length === 0) return byHousehold
  const found = await deps.store.collection('cases').find({ where: { householdId: { $in: householdIds } }, orderBy: [['householdId', 'asc'], ['openedAt', 'desc']], limit: 20 * householdIds.length })
  for (const c of found) if (OPEN_CASE_STAGES.includes(c.stage)) byHousehold.set(c.householdId, [...(byHousehold.get(c.householdId) ?? []), c])
  return byHousehold
}

/** Closes the cases, still open as read again in `tx`, of a household leaving monitoring for `reason`. */
export async function closeCasesOfLeaving(deps: Deps, tx: TxStore, cases: CaseDoc[], reason: string, actorId: string, nowIso: string): Promise<void> {
  for (const read of cases) {
    const c = await tx.collection('cases').get(read._id)
    if (!c || !OPEN_CASE_STAGES.includes(c.stage)) continue
    await tx.collection('cases').update(c._id, { stage: 'closed', closeRoute: HOUSEHOLD_LEFT_ROUTE, closeReason: reason, closedAt: nowIso, dueDate: null, updatedAt: nowIso })
    await tx.collection('caseEvents').insert({
      _id: `ce-left-${c._id}`,
      caseId: c._id,
      villageId: c.villageId,
      at: nowIso,
      actorId,
      action: HOUSEHOLD_LEFT_ROUTE,
      from: c.stage,
      to: 'closed',
      note: `${HOUSEHOLD_LEFT_LABEL}，案件关闭：${reason}`,
      photos: [],
    })
    const house = c.houseId ? await tx.collection('houses').get(c.houseId) : null
    if (house?.openCaseId === c._id) await tx.collection('houses').update(house._id, { openCaseId: null, updatedAt: nowIso })
    if (!c.houseId) await releaseHouselessCase(tx, c)
    await tx.collection('audit').insert(auditEntry(deps, actorId, 'case.householdLeft', c._id, { from: c.stage, to: 'closed', householdId: c.householdId, reason }))
  }
}
