// How many rows of each village's monthly plan are not done (villagePlan's rows whose
// status is not 'done'), for the reminders: counted over many villages at once with only
// the fields it needs, instead of building each village's whole plan (three queries a
// village, whole documents) — at district size hundreds of round trips fewer a month.
import type { Deps } from '../../core/deps'
import { readAll } from '../../store/read-all'

const PAGE = 1000
/** Villages per query: a few thousand houses, a few pages. */
const VILLAGES_PER_QUERY = 10

export async function leftToPatrol(deps: Deps, villageIds: string[], month: string): Promise<Map<string, number>> {
  const left = new Map<string, number>(villageIds.map((v) => [v, 0]))
  for (let i = 0; i < villageIds.length; i += VILLAGES_PER_QUERY) {
    const villageId = { $in: villageIds.slice(i, i + VILLAGES_PER_QUERY) }
    const [households, houses, patrols] = await Promise.all([
      readAll((skip) => deps.store.collection('households').find({ where: { villageId, status: 'monitored' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']], skip, limit: PAGE, fields: ['villageId'] })),
      readAll((skip) => deps.store.collection('houses').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['_id', 'asc']], skip, limit: PAGE, fields: ['villageId', 'householdId', 'retiredAt'] })),
      readAll((skip) => deps.store.collection('patrols').find({ where: { villageId, month }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['houseId', 'asc']], skip, limit: PAGE, fields: ['houseId', 'kind'] })),
    ])
    // As in villagePlan: a household's houses count in its own village's plan only.
    const monitored = new Map(households.map((h) => [h._id, h.villageId]))
    const done = new Set(patrols.filter((p) => p.kind !== 'selfCheck').map((p) => p.houseId))
    const housed = new Set<string>()
    for (const h of houses) {
      if (monitored.get(h.householdId) !== h.villageId || h.retiredAt) continue
      housed.add(h.householdId)
      if (!done.has(h._id)) left.set(h.villageId, left.get(h.villageId)! + 1)
    }
    // 待登记房屋: a monitored household without a house is a row that is never done.
    for (const [id, v] of monitored) if (!housed.has(id)) left.set(v, left.get(v)! + 1)
  }
  return left
}
