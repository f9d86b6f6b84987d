// Changes a registered house. The edit quotes the house's registry revision: when someone
// else changed it meanwhile the edit is refused (CONFLICT) and the form keeps what was
// typed. What changed, field by field, goes to the history and the audit together.
import type { z } from 'zod'
import { AppError, type houseEditInput } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { HouseDoc } from '../../store/docs'
import { auditEntry } from '../audit'
import { checkPhotos, recordPhotoUse } from '../patrols/evidence-photos'
import { CONCURRENT_EDIT, houseForWrite } from './house-access'
import { changesOf, recordFields } from './house-record'
import { houseEvent } from './house-docs'
import { refreshHouseholdTotals } from './household-totals'

type Input = z.output<typeof houseEditInput>

const MAX_PHOTOS = 30

export async function editHouse(ctx: Ctx, input: Input): Promise<HouseDoc> {
  const { deps } = ctx
  const house = await houseForWrite(ctx, input.houseId, input.expectRev)
  const now = ctx.now()
  const nowIso = now.toISOString()
  const patch = recordFields(input)
  const changes = changesOf(house, patch)
  const photos = await checkPhotos(deps, ctx.user._id, input.addPhotos, now)
  if ((house.photos?.length ?? 0) + photos.length > MAX_PHOTOS) throw new AppError('VALIDATION', `一栋房屋最多保存 ${MAX_PHOTOS} 张照片`)
  if (Object.keys(changes).length === 0 && photos.length === 0) return house
  const rev = (house.rev ?? 1) + 1
  const event = houseEvent(house, rev, 'edited', ctx.user._id, photos.length ? { ...changes, photos: [house.photos?.length ?? 0, (house.photos?.length ?? 0) + photos.length] } : changes, '', nowIso)
  const updated = await deps.store.transaction(async (tx) => {
    const fresh = await tx.collection('houses').get(house._id)
    if (!fresh || (fresh.rev ?? 1) !== input.expectRev) throw new AppError('CONFLICT', CONCURRENT_EDIT)
    const added = await recordPhotoUse(tx, photos, house._id, nowIso)
    const next = { ...patch, photos: [...(fresh.photos ?? []), ...added], rev, updatedAt: nowIso }
    // The event's id carries the revision: a second edit from the same revision collides.
    await tx.collection('houseEvents').insert(event)
    await tx.collection('houses').update(house._id, next, { ifRev: fresh._rev })
    await tx.collection('audit').insert(auditEntry(deps, ctx.user._id, 'house.edit', house._id, { householdId: house.householdId, villageId: house.villageId, changes: event.changes }))
    return { ...fresh, ...next }
  })
  await refreshHouseholdTotals(deps, house.householdId)
  return updated
}
