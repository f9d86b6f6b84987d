// Opens a hazard case for a house, or adds evidence to the one already open: one house,
// one open case, so nothing is counted twice and nothing falls between desks. `house`
// must have been read in the same transaction.
import type { CaseSource } from '../../../domain'
import type { TxStore } from '../../ports/store'
import type { CaseDoc, HouseDoc } from '../../store/docs'
import { reportedCase } from './new-case'

export async function openOrJoinCase(
  tx: TxStore,
  house: HouseDoc,
  args: { caseId: string; source: CaseSource; by: string; atIso: string; summary: string; evidence: CaseDoc['evidence'][number]; dueDate: string | null },
): Promise<string> {
  const cases = tx.collection('cases')
  // The house points at its open case; read inside the transaction, so two reports at
  // once still end in one case.
  if (house.openCaseId) {
    const existing = await cases.get(house.openCaseId)
    if (existing && existing.stage !== 'closed') {
      if (!existing.evidence.some((e) => e.id === args.evidence.id)) {
        await cases.update(existing._id, { evidence: [...existing.evidence, args.evidence], updatedAt: args.atIso })
      }
      return existing._id
    }
  }
  await cases.insert(reportedCase(args, args.source, { houseId: house._id, householdId: house.householdId, streetId: house.streetId, villageId: house.villageId }))
  await tx.collection('houses').update(house._id, { openCaseId: args.caseId })
  return args.caseId
}
