// Records a patrol. Safe to replay: the client makes the id, a replay of the same content
// returns the stored record, and everything is written in one transaction.
import crypto from 'node:crypto'
import dayjs from 'dayjs'
import { AppError, distanceMetres, localDate, suggestJudgment, type CaseSource } from '../../../domain'
import type { Ctx } from '../../core/context'
import { ownReplay } from '../../core/replay'
import type { z } from 'zod'
import type { patrolSubmitInput } from '../../../domain/contracts/patrol'
import type { HouseDoc, PatrolDoc, PhotoRef } from '../../store/docs'
import { dangerAudience, tellOccupiedDanger } from './danger-notice'
import { checkPhotos, recordPhotoUse } from './evidence-photos'
import { openOrJoinCase } from '../cases/open-case'
import { dueAfter } from '../cases/due-after'
import { closeListingCheckIfDone } from '../houses/household-totals'
import { mayHaveOpenTask } from '../counters/open-tasks'

type Input = z.output<typeof patrolSubmitInput>

const CASE_SOURCE: Record<Input['kind'], CaseSource> = { routine: 'villagePatrol', street: 'streetPatrol', emergency: 'emergencyPatrol' }
const MAX_AGE_DAYS = 60

/** The house's checks, in the order a caller meets them: it exists, is his to patrol, is still monitored. */
function checkHouse(ctx: Ctx, house: HouseDoc | null, kind: Input['kind']): HouseDoc {
  if (!house) throw new AppError('NOT_FOUND', '没有找到这栋房屋')
  ctx.requireVillage(house.villageId)
  if (house.retiredAt) throw new AppError('VALIDATION', '这栋房屋已不在监测范围（已拆除或不再居住），不用再巡查')
  if (!ctx.hasRoleAt(house.villageId, kind === 'street' ? 'staff' : 'inspector')) {
    throw new AppError('FORBIDDEN', kind === 'street' ? '街道巡查由建管办填写' : '村巡查由村巡查员填写')
  }
  return house
}

export async function submitPatrol(ctx: Ctx, input: Input): Promise<PatrolDoc> {
  const { deps } = ctx
  const inputHash = crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex')
  const patrols = deps.store.collection('patrols')
  const houses = deps.store.collection('houses')
  // A replay is answered only after the scope check, and only to the one who sent it.
  const isOwn = (p: PatrolDoc) => p.inputHash === inputHash && p.inspectorId === ctx.user._id
  // 疑似危房 with people inside: the street and the leader hear of it now; a street patrol
  // finding a hazard is held against the village's. Both need queries, which a transaction
  // does not allow: only then is the house read before it. Otherwise the transaction reads
  // it, checks it and everything else, and writes, with no round trip spent twice.
  const danger = input.judgment === 'suspectedDanger' && input.occupied
  const early = danger || (input.kind === 'street' && input.judgment !== 'safe') ? checkHouse(ctx, await houses.get(input.houseId), input.kind) : null
  const now = ctx.now()
  const at = new Date(input.patrolledAt)
  let photos: PhotoRef[]
  try {
    if (at.getTime() > now.getTime() + 5 * 60_000) throw new AppError('VALIDATION', '巡查时间不能晚于现在')
    if (now.getTime() - at.getTime() > MAX_AGE_DAYS * 86400_000) throw new AppError('VALIDATION', `巡查时间太早：只能补交 ${MAX_AGE_DAYS} 天内的记录`)
    if (input.judgment !== 'safe' && input.photos.length === 0) throw new AppError('VALIDATION', '判断为存在隐患或疑似危房时，请至少拍 1 张照片')
    photos = await checkPhotos(deps, ctx.user._id, input.photos, at)
  } catch (err) {
    // A replay is answered with what was stored even where the input would now be refused
    // (sent again after 60 days); the house's checks still come first.
    if (!(err instanceof AppError)) throw err
    checkHouse(ctx, early ?? (await houses.get(input.houseId)), input.kind)
    const replay = await patrols.get(input.patrolId)
    if (replay) return ownReplay(replay, isOwn)
    throw err
  }
  const nowIso = now.toISOString()

  let mismatchWith: string | null = null
  if (early && input.kind === 'street') {
    // 街道随机巡查 checks the village's judgment: a hazard where the village said safe is
    // flagged on both records.
    const recent = await patrols.find({ where: { houseId: early._id }, orderBy: [['houseId', 'asc'], ['patrolledAt', 'desc']], limit: 20 })
    const village = recent.find((p) => p.kind === 'routine')
    if (village?.judgment === 'safe') mismatchWith = village._id
  }
  const audience = danger && early ? await dangerAudience(deps, early.streetId) : []
  const household = danger && early ? await deps.store.collection('households').get(early.householdId) : null
  const villageName = danger && early ? ((await deps.orgs.get(early.villageId))?.name ?? '') : ''
  // The patrol's id is not looked up first: the database refuses an insert of an existing
  // id (the patrol's, or before it its case's), which ends the transaction with nothing
  // written, and only then is the stored patrol read. A replay is answered only once the
  // house's checks passed.
  let checked = false
  let listingMayBeOpen = true
  const stored = await deps.store.transaction(async (tx) => {
    checked = false
    const fresh = checkHouse(ctx, await tx.collection('houses').get(input.houseId), input.kind)
    checked = true
    const distanceM = input.gps && fresh.lat !== null && fresh.lng !== null ? Math.round(distanceMetres(input.gps, { lat: fresh.lat, lng: fresh.lng })) : null
    const doc: PatrolDoc = {
      _id: input.patrolId,
      kind: input.kind,
      houseId: fresh._id,
      householdId: fresh.householdId,
      streetId: fresh.streetId,
      villageId: fresh.villageId,
      month: dayjs(localDate(at)).format('YYYY-MM'),
      patrolledAt: at.toISOString(),
      receivedAt: nowIso,
      inspectorId: ctx.user._id,
      findings: input.findings,
      suggested: suggestJudgment(input.findings),
      judgment: input.judgment,
      occupied: input.occupied,
      photos,
      gps: input.gps,
      distanceM,
      farFromHouse: distanceM !== null && distanceM > deps.config.patrolFarMetres,
      scannedPlate: input.scannedPlate,
      notes: input.notes,
      taskId: input.taskId ?? null,
      caseId: null,
      mismatchWith,
      contradictedBy: null,
      inputHash,
    }
    doc.photos = await recordPhotoUse(tx, photos, doc._id, nowIso)
    if (doc.judgment !== 'safe') {
      doc.caseId = await openOrJoinCase(tx, fresh, {
        caseId: `case-${doc._id}`,
        source: CASE_SOURCE[input.kind],
        by: ctx.user._id,
        atIso: nowIso,
        summary: doc.notes || (doc.judgment === 'suspectedDanger' ? '巡查发现疑似危房' : '巡查发现安全隐患'),
        evidence: { kind: 'patrol', id: doc._id },
        dueDate: dueAfter(deps, 'reported', now),
      })
      if (danger) await tellOccupiedDanger(tx, audience, fresh, household, villageName, doc.caseId, doc._id, nowIso)
    }
    await tx.collection('patrols').insert(doc)
    if (doc.mismatchWith) await tx.collection('patrols').update(doc.mismatchWith, { contradictedBy: doc._id })
    // The house remembers its latest patrol, for the plan's status and risk order, and
    // what the inspector saw: people living in an evacuated dangerous house are back in
    // danger and must show up on the critical list.
    if (!fresh.lastPatrolAt || fresh.lastPatrolAt < doc.patrolledAt) {
      const occupancy = doc.occupied ? 'occupied' : fresh.occupancy === 'occupied' ? 'vacant' : fresh.occupancy
      await tx.collection('houses').update(fresh._id, { lastPatrolAt: doc.patrolledAt, lastJudgment: doc.judgment, occupancy, updatedAt: nowIso })
    }
    if (doc.taskId) {
      const task = await tx.collection('tasks').get(doc.taskId)
      if (task && task.householdId === fresh.householdId && (!task.houseId || task.houseId === fresh._id) && task.status === 'open') {
        await tx.collection('tasks').update(task._id, { status: 'done', doneAt: nowIso })
      }
    }
    listingMayBeOpen = await mayHaveOpenTask(tx, fresh.villageId, fresh.householdId, now)
    return doc
  }).catch(async (err: unknown) => {
    if (!(checked && err instanceof AppError)) throw err
    const replay = await patrols.get(input.patrolId)
    if (!replay) throw err
    listingMayBeOpen = true
    return ownReplay(replay, isOwn)
  })
  // The first patrol of a newly listed household's registered house completes its
  // 新纳入核查; a household whose village's counters show no open task has none to complete.
  if (listingMayBeOpen) await closeListingCheckIfDone(deps, stored.householdId)
  return stored
}
