// After a registry write: the household's house count and worst grade follow its houses
// that are still monitored (a retired house no longer counts), and its 新纳入核查 task is
// done once a house is registered and patrolled. Both are counted again from the houses,
// so running them twice (a replay, a retry after a crash) changes nothing.
import { GRADES, type Grade } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { HouseDoc } from '../../store/docs'

const rank = (g: Grade | null) => (g ? GRADES.indexOf(g) + 1 : 0)

/** Houses of a household that are still in the plans. */
export async function liveHousesOf(deps: Deps, householdId: string): Promise<HouseDoc[]> {
  const houses = await deps.store.collection('houses').find({ where: { householdId }, orderBy: [['householdId', 'asc']], limit: 100 })
  return houses.filter((h) => !h.retiredAt)
}

export async function refreshHouseholdTotals(deps: Deps, householdId: string): Promise<void> {
  const live = await liveHousesOf(deps, householdId)
  const hh = await deps.store.collection('households').get(householdId)
  if (!hh) return
  const worstGrade = live.reduce<Grade | null>((w, h) => (rank(h.grade) > rank(w) ? h.grade : w), null)
  if (hh.houseCount === live.length && hh.worstGrade === worstGrade) return
  await deps.store.collection('households').update(householdId, { houseCount: live.length, worstGrade, updatedAt: deps.clock.now().toISOString() })
}

/** Closes the household's open 新纳入核查 when a registered house of it has been patrolled. */
export async function closeListingCheckIfDone(deps: Deps, householdId: string): Promise<void> {
  const open = (await deps.store.collection('tasks').find({ where: { householdId, kind: 'newListingCheck' }, orderBy: [['householdId', 'asc'], ['kind', 'asc']], limit: 20 })).filter((t) => t.status === 'open')
  if (open.length === 0) return
  const live = await liveHousesOf(deps, householdId)
  if (live.length === 0) return
  const patrolled = await Promise.all(
    live.map(async (h) => (await deps.store.collection('patrols').find({ where: { houseId: h._id }, orderBy: [['houseId', 'asc'], ['patrolledAt', 'desc']], limit: 5 })).some((p) => p.kind !== 'selfCheck')),
  )
  if (!patrolled.some(Boolean)) return
  const nowIso = deps.clock.now().toISOString()
  for (const t of open) await deps.store.collection('tasks').update(t._id, { status: 'done', doneAt: nowIso })
}
