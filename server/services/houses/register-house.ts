// Registers a house at the first visit. Safe to replay: the client makes the id, a replay
// with the same content returns the stored house, other content under that id is refused.
// The house, its first history entry, the photos' first use and the audit entry are
// written in one transaction; the household's totals follow.
import crypto from 'node:crypto'
import type { z } from 'zod'
import { AppError, type houseRegisterInput } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { HouseDoc } from '../../store/docs'
import { auditEntry } from '../audit'
import { checkPhotos, recordPhotoUse } from '../patrols/evidence-photos'
import { householdForRegister } from './house-access'
import { freshHouseState, houseEvent } from './house-docs'
import { attachHouseToOpenCase } from '../cases/houseless-case'
import { ownReplay } from '../../core/replay'
import { changesOf, recordFields, type RecordFields } from './house-record'
import { closeListingCheckIfDone, refreshHouseholdTotals } from './household-totals'

type Input = z.output<typeof houseRegisterInput>

const MAX_AGE_DAYS = 60

export async function registerHouse(ctx: Ctx, input: Input): Promise<HouseDoc> {
  const { deps } = ctx
  const registerHash = crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex')
  const houses = deps.store.collection('houses')
  // The caller's scope first: a taken id of another village or person is answered like any
  // id taken, never with the stored house (no existence oracle).
  const target = await ctx.deps.store.collection('households').get(input.householdId)
  if (!target) throw new AppError('NOT_FOUND', '没有找到这户')
  ctx.requireVillage(target.villageId)
  const replay = await houses.get(input.houseId)
  if (replay) return sameRegistration(ctx, ownReplay(replay, (h) => h.registeredBy === ctx.user._id && h.householdId === target._id), registerHash)

  const hh = await householdForRegister(ctx, input.householdId)
  const now = ctx.now()
  const at = new Date(input.registeredAt)
  if (at.getTime() > now.getTime() + 5 * 60_000) throw new AppError('VALIDATION', '登记时间不能晚于现在')
  if (now.getTime() - at.getTime() > MAX_AGE_DAYS * 86400_000) throw new AppError('VALIDATION', `登记时间太早：只能补交 ${MAX_AGE_DAYS} 天内的记录`)
  const photos = await checkPhotos(deps, ctx.user._id, input.photos, at)
  const nowIso = now.toISOString()
  const fields = recordFields(input) as RecordFields
  const doc: HouseDoc = {
    _id: input.houseId,
    householdId: hh._id,
    streetId: hh.streetId,
    villageId: hh.villageId,
    ...fields,
    photos,
    ...freshHouseState(ctx.user._id, registerHash, nowIso),
  }
  const event = houseEvent(doc, 1, 'registered', ctx.user._id, { ...changesOf({}, fields), photos: [0, photos.length] }, '', nowIso)
  const stored = await deps.store.transaction(async (tx) => {
    const again = await tx.collection('houses').get(doc._id)
    if (again) return again
    doc.photos = await recordPhotoUse(tx, photos, doc._id, nowIso)
    await tx.collection('houses').insert(doc)
    await tx.collection('houseEvents').insert(event)
    await tx.collection('audit').insert(auditEntry(deps, ctx.user._id, 'house.register', doc._id, { householdId: doc.householdId, villageId: doc.villageId, changes: event.changes }))
    // A farmer who reported before his house was registered: his open case now names it.
    await attachHouseToOpenCase(tx, doc.householdId, doc._id, nowIso)
    return doc
  })
  if (stored !== doc) return sameRegistration(ctx, stored, registerHash)
  await refreshHouseholdTotals(deps, doc.householdId)
  await closeListingCheckIfDone(deps, doc.householdId)
  return stored
}

/** A replay: the stored house when the content is the same, else CONFLICT. */
async function sameRegistration(ctx: Ctx, stored: HouseDoc, registerHash: string): Promise<HouseDoc> {
  ctx.requireVillage(stored.villageId)
  if (stored.registerHash !== registerHash) throw new AppError('CONFLICT', '这个房屋编号已经登记过，内容不同；请重新打开“登记房屋”再填')
  // A retry after a crash between the house and the totals: count them again.
  await refreshHouseholdTotals(ctx.deps, stored.householdId)
  return stored
}
