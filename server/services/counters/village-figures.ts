// Counts one village's figures from the raw records. Costs O(size of the village), never
// O(district): the dashboards read the stored result, and the consistency check compares
// it with a fresh count.
import dayjs from 'dayjs'
import { OPEN_CASE_STAGES, localDate, type VillageFigures } from '../../../domain'
import type { Deps } from '../../core/deps'
import { monthBounds } from '../patrols/monthly-stats'
import { emptyTally, figuresOf, type LiveTally } from './tally'

const PAGE = 1000

async function all<T>(fetch: (skip: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += PAGE) {
    const batch = await fetch(skip)
    out.push(...batch)
    if (batch.length < PAGE) return out
  }
}

export async function countVillage(deps: Deps, villageId: string, now: Date): Promise<VillageFigures> {
  return figuresOf(await tallyVillage(deps, villageId, now), localDate(now))
}

/** The village's tally from the raw records (see tally.ts). */
export async function tallyVillage(deps: Deps, villageId: string, now: Date): Promise<LiveTally> {
  const month = dayjs(localDate(now)).format('YYYY-MM')
  const s = deps.store
  // Only the fields the figures need: whole documents made up most of a recount's time.
  const [households, houses, patrols, openCases, openTasks] = await Promise.all([
    all((skip) => s.collection('households').find({ where: { villageId, status: 'monitored' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']], skip, limit: PAGE, fields: [] })),
    all((skip) => s.collection('houses').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['_id', 'asc']], skip, limit: PAGE, fields: ['householdId', 'grade', 'occupancy', 'retiredAt'] })),
    all((skip) => s.collection('patrols').find({ where: { villageId, month }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['houseId', 'asc']], skip, limit: PAGE, fields: ['kind', 'householdId', 'houseId'] })),
    all((skip) => s.collection('cases').find({ where: { villageId, stage: { $in: OPEN_CASE_STAGES } }, orderBy: [['villageId', 'asc'], ['stage', 'asc'], ['openedAt', 'desc']], skip, limit: PAGE, fields: ['stage', 'dueDate'] })),
    all((skip) => s.collection('tasks').find({ where: { villageId, status: 'open' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['dueDate', 'asc']], skip, limit: PAGE, fields: ['dueDate'] })),
  ])
  const { from, to } = monthBounds(month)
  const [renovated, openedThisMonth] = await Promise.all([
    s.collection('cases').count({ villageId, closeRoute: 'renovated' }),
    s.collection('cases').count({ villageId, openedAt: { $gte: from, $lt: to } }),
  ])
  const t = emptyTally(month)
  for (const h of households) t.households.add(h._id)
  // Retired houses (demolished, no longer lived in) stay in the tally and leave the figures.
  for (const h of houses) t.houses.set(h._id, { householdId: h.householdId, grade: h.grade ?? null, occupancy: h.occupancy, retired: !!h.retiredAt })
  for (const p of patrols) if (p.kind !== 'selfCheck') t.patrolled.set(p.houseId, (t.patrolled.get(p.houseId) ?? 0) + 1)
  for (const c of openCases) t.openCases.set(c._id, { stage: c.stage, dueDate: c.dueDate ?? null })
  for (const k of openTasks) t.openTasks.set(k.dueDate, (t.openTasks.get(k.dueDate) ?? 0) + 1)
  t.renovated = renovated
  t.openedThisMonth = openedThisMonth
  return t
}
