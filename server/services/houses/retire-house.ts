// Takes a demolished or no-longer-lived-in house out of the plans and counts. Nothing is
// deleted: the house, its patrols and its history stay and can still be opened.
import { AppError, type HouseRetireReason } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { HouseDoc, HouseEventDoc } from '../../store/docs'
import { auditEntry } from '../audit'
import { CONCURRENT_EDIT, houseForWrite } from './house-access'
import { houseEvent } from './house-docs'
import { refreshHouseholdTotals } from './household-totals'

export async function retireHouse(ctx: Ctx, input: { houseId: string; expectRev: number; reason: HouseRetireReason; note: string }): Promise<HouseDoc> {
  const { deps } = ctx
  const house = await houseForWrite(ctx, input.houseId, input.expectRev)
  if (house.openCaseId) throw new AppError('VALIDATION', '这栋房屋还有没办完的隐患案件，请先把案件办完再标记')
  const nowIso = ctx.now().toISOString()
  const rev = (house.rev ?? 1) + 1
  // Nobody lives in a demolished or abandoned house: it cannot be on the critical list.
  const changes: HouseEventDoc['changes'] = house.occupancy === 'vacant' ? { retired: [null, input.reason] } : { retired: [null, input.reason], occupancy: [house.occupancy, 'vacant'] }
  const event = houseEvent(house, rev, 'retired', ctx.user._id, changes, input.note, nowIso)
  const patch = { retiredAt: nowIso, retiredReason: input.reason, retiredNote: input.note, occupancy: 'vacant' as const, rev, updatedAt: nowIso }
  const updated = await deps.store.transaction(async (tx) => {
    const fresh = await tx.collection('houses').get(house._id)
    if (!fresh || (fresh.rev ?? 1) !== input.expectRev) throw new AppError('CONFLICT', CONCURRENT_EDIT)
    await tx.collection('houseEvents').insert(event)
    await tx.collection('houses').update(house._id, patch, { ifRev: fresh._rev })
    await tx.collection('audit').insert(auditEntry(deps, ctx.user._id, 'house.retire', house._id, { householdId: house.householdId, villageId: house.villageId, reason: input.reason, note: input.note }))
    return { ...fresh, ...patch }
  })
  await refreshHouseholdTotals(deps, house.householdId)
  return updated
}
