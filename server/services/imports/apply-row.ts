// What applying one accepted row writes, inside the caller's transaction: the household
// (new, changed, or dropping this source's categories), its history event, and a 新纳入核查
// task for a household that enters monitoring. The event id is deterministic, so a row
// whose event exists was applied before (by a chunk that ran again) and writes nothing.
// Every row is checked against the importing street again right before it is written: a
// row whose household or target village is not the street's writes nothing.
import { departmentsOf, mergeCategories, newListingCheckDue, localDate } from '../../../domain'
import { missingChanges } from './missing-phase'
import { applyHouse } from './house-columns'
import type { Deps } from '../../core/deps'
import type { StreetScope } from '../street-scope'
import type { TxStore } from '../../ports/store'
import type { CaseDoc, HouseDoc, HouseholdDoc, HouseholdEventDoc, ImportDoc, ImportRowDoc, TaskDoc } from '../../store/docs'
import { takeFileNo } from '../../store/file-numbers'
import { closeCasesOfLeaving } from '../cases/household-left'

export const eventIdOf = (job: ImportDoc, r: ImportRowDoc) => `ev-${job._id}-${r.seq}`

/** The household a 'new' row lists: its id derives from the ID number. */
export const newHouseholdIdOf = (r: ImportRowDoc) => `hh-${r.idHash!.slice(0, 22)}`

/** The moment a transaction applies its rows, with the dates it implies, worked out once. */
export interface ApplyTime {
  iso: string
  /** The day a household listed now enters monitoring. */
  today: string
  /** When a household listed now must have its house checked. */
  checkDue: string
}

export function applyTime(deps: Deps, now: Date): ApplyTime {
  return { iso: now.toISOString(), today: localDate(now), checkDue: newListingCheckDue(now, deps.config.newListingCheckDay) }
}

export function checkTask(hh: HouseholdDoc, at: ApplyTime): TaskDoc {
  return {
    _id: `task-nl-${hh._id}-${at.checkDue}`,
    kind: 'newListingCheck',
    streetId: hh.streetId,
    villageId: hh.villageId,
    householdId: hh._id,
    title: '新纳入核查：登记房屋并完成首次巡查',
    dueDate: at.checkDue,
    status: 'open',
    createdAt: at.iso,
    doneAt: null,
  }
}

/** The household a 'new' row lists, with the file number given to it. */
export function newHousehold(job: ImportDoc, r: ImportRowDoc, hhId: string, fileNo: string, at: ApplyTime): HouseholdDoc {
  const categories = mergeCategories([], job.source, r.categories)
  return {
    _id: hhId,
    fileNo,
    streetId: job.streetId,
    villageId: r.villageId!,
    group: r.group,
    headName: r.name!,
    idEnc: r.idEnc!,
    idHash: r.idHash!,
    idMasked: r.idMasked,
    phoneEnc: r.phoneEnc ?? '',
    phoneHash: r.phoneHash ?? '',
    phoneMasked: r.phoneMasked ?? '',
    address: r.address,
    members: r.members ?? 1,
    categories,
    departments: departmentsOf(categories),
    listedSince: at.today,
    status: 'monitored',
    removedAt: null,
    removedReason: null,
    worstGrade: null,
    houseCount: r.house ? 1 : 0,
    createdAt: at.iso,
    updatedAt: at.iso,
  }
}

/**
 * Applies one row. `houses` are the houses of the row's household, read before the
 * transaction (finding them is a query, which a transaction does not allow); they follow
 * the household when the row moves it to another village, in the same transaction.
 * `openTasks` and `openCases`, read the same way, are cancelled and closed when the row
 * takes the household out, and move with it when it moves to another village.
 * Returns false when the row was refused for lying outside the street.
 */
export async function applyRow(deps: Deps, tx: TxStore, job: ImportDoc, street: StreetScope, r: ImportRowDoc, houses: HouseDoc[], at: ApplyTime, openTasks: TaskDoc[] = [], openCases: CaseDoc[] = []): Promise<boolean> {
  const events = tx.collection('householdEvents')
  if (await events.get(eventIdOf(job, r))) return true
  if (r.villageId && !street.has(r.villageId)) return false
  const households = tx.collection('households')
  const tasks = tx.collection('tasks')
  const nowIso = at.iso
  const event = (hh: HouseholdDoc, kind: HouseholdEventDoc['kind'], note: string): HouseholdEventDoc => ({
    _id: eventIdOf(job, r),
    householdId: hh._id,
    villageId: hh.villageId,
    at: nowIso,
    actorId: job.createdBy,
    kind,
    changes: r.changes,
    note,
    importId: job._id,
  })

  if (r.kind === 'new') {
    if (!r.villageId) return false
    const hhId = newHouseholdIdOf(r)
    const already = await households.get(hhId)
    if (already) {
      // Listed by another import applied after this one was previewed.
      if (!street.owns(already)) return false
      await events.insert(event(already, 'changed', `${job.fileName}再次列入，已在监测中`))
      return true
    }
    const hh = newHousehold(job, r, hhId, await takeFileNo(tx, job.streetId, (await deps.orgs.get(r.villageId))?.code ?? ''), at)
    await households.insert(hh)
    await applyHouse(deps, tx, job, r, hh, [], nowIso)
    await events.insert(event(hh, 'listed', `由${job.fileName}纳入监测`))
    await tasks.set(checkTask(hh, at))
    return true
  }

  const hh = await households.get(r.householdId!)
  if (!hh) return true
  if (!street.owns(hh)) return false
  if (r.kind === 'changed') {
    const categories = mergeCategories(hh.categories, job.source, r.categories)
    const relisted = hh.status === 'removed'
    const patch: Partial<HouseholdDoc> = {
      categories,
      departments: departmentsOf(categories),
      status: 'monitored',
      removedAt: null,
      removedReason: null,
      updatedAt: nowIso,
      ...(r.name !== null ? { headName: r.name } : {}),
      ...(r.group ? { group: r.group } : {}),
      ...(r.address ? { address: r.address } : {}),
      ...(r.members !== null ? { members: r.members } : {}),
      ...(r.phoneEnc ? { phoneEnc: r.phoneEnc, phoneHash: r.phoneHash!, phoneMasked: r.phoneMasked! } : {}),
      ...(r.villageId ? { villageId: r.villageId } : {}),
    }
    const moved = { ...hh, ...patch }
    // The house follows the household's village when the row also moves it.
    const added = await applyHouse(deps, tx, job, r, moved, houses, nowIso)
    if (added) patch.houseCount = hh.houseCount + added
    await households.update(hh._id, patch)
    await events.insert(event(moved, relisted ? 'relisted' : 'changed', `按${job.fileName}更新`))
    if (relisted) await tasks.set(checkTask(moved, at))
    if (r.villageId && r.villageId !== hh.villageId) {
      const houseCol = tx.collection('houses')
      for (const h of houses) if (h.villageId !== r.villageId) await houseCol.update(h._id, { villageId: r.villageId })
      // Its open work goes with it: the new village's inspector sees it, and the old village
      // counts it no longer (a check left behind would never be closed by a patrol there).
      for (const t of openTasks) if (t.villageId !== r.villageId) await tasks.update(t._id, { villageId: r.villageId })
      for (const c of openCases) if (c.villageId !== r.villageId) await tx.collection('cases').update(c._id, { villageId: r.villageId, updatedAt: nowIso })
    }
    return true
  }

  // Missing from the list: drop this source's categories; none left means leaving monitoring.
  const categories = mergeCategories(hh.categories, job.source, [])
  const leaves = categories.length === 0
  r.changes = missingChanges(hh, categories)
  await households.update(hh._id, {
    categories: leaves ? hh.categories : categories,
    departments: leaves ? hh.departments : departmentsOf(categories),
    ...(leaves ? { status: 'removed' as const, removedAt: nowIso, removedReason: job.removalReason || '不在部门最新名单中' } : {}),
    updatedAt: nowIso,
  })
  // A household out of monitoring has nothing left to patrol or check: its open tasks end
  // with it, so no list or figure still counts them.
  if (leaves) for (const t of openTasks) if (t.status === 'open') await tasks.update(t._id, { status: 'cancelled', doneAt: nowIso })
  if (leaves) await closeCasesOfLeaving(deps, tx, openCases, job.removalReason || '不在部门最新名单中', job.createdBy, nowIso)
  await events.insert(event(hh, leaves ? 'removed' : 'changed', leaves ? `退出监测：${job.removalReason || '不在部门最新名单中'}` : `不在${job.fileName}中，去掉该部门的监测类别`))
  return true
}
