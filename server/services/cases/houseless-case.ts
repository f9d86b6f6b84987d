// A household without a registered house can still report: the case hangs on the
// household (houseId null) and the household points at it, so a second report joins it
// like a house's open case. Registering the house later attaches it — the registration
// calls attachHouseToOpenCase in its own transaction.
import type { TxStore } from '../../ports/store'
import type { CaseDoc, HouseholdDoc } from '../../store/docs'
import { reportedCase } from './new-case'

export async function openOrJoinHouseholdCase(
  tx: TxStore,
  hh: HouseholdDoc,
  args: { caseId: string; by: string; atIso: string; summary: string; evidence: CaseDoc['evidence'][number]; dueDate: string | null },
): Promise<string> {
  const cases = tx.collection('cases')
  const fresh = await tx.collection('households').get(hh._id)
  if (fresh?.houselessCaseId) {
    const existing = await cases.get(fresh.houselessCaseId)
    if (existing && existing.stage !== 'closed') {
      if (!existing.evidence.some((e) => e.id === args.evidence.id)) await cases.update(existing._id, { evidence: [...existing.evidence, args.evidence], updatedAt: args.atIso })
      return existing._id
    }
  }
  await cases.insert(reportedCase(args, 'farmerReport', { houseId: null, householdId: hh._id, streetId: hh.streetId, villageId: hh.villageId }))
  await tx.collection('households').update(hh._id, { houselessCaseId: args.caseId })
  return args.caseId
}

/**
 * For house registration: the household's house-less open case, if any, now names the
 * house, and the house points at it as its open case (unless the house already has one).
 * Returns the case id attached, or null. Call inside the registration's transaction.
 */
export async function attachHouseToOpenCase(tx: TxStore, householdId: string, houseId: string, atIso: string): Promise<string | null> {
  const hh = await tx.collection('households').get(householdId)
  if (!hh?.houselessCaseId) return null
  const caseId = hh.houselessCaseId
  const c = await tx.collection('cases').get(caseId)
  const house = await tx.collection('houses').get(houseId)
  if (!house || house.householdId !== householdId) return null
  await tx.collection('households').update(householdId, { houselessCaseId: null })
  if (!c || c.stage === 'closed' || c.houseId) return null
  await tx.collection('cases').update(caseId, { houseId, updatedAt: atIso })
  if (!house.openCaseId) await tx.collection('houses').update(houseId, { openCaseId: caseId })
  return caseId
}

/** A house-less case that closes lets the household report afresh. */
export async function releaseHouselessCase(tx: TxStore, c: Pick<CaseDoc, '_id' | 'householdId'>): Promise<void> {
  const hh = await tx.collection('households').get(c.householdId)
  if (hh?.houselessCaseId === c._id) await tx.collection('households').update(c.householdId, { houselessCaseId: null })
}
