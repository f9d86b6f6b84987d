// Counts one village's figures from the raw records. Costs O(size of the village), never
// O(district): the dashboards read the stored result, and the consistency check compares
// it with a fresh count.
import dayjs from 'dayjs'
import { OPEN_CASE_STAGES, RENOVATED_ROUTE, localDate, type VillageFigures } from '../../../domain'
import type { Deps } from '../../core/deps'
import { monthBounds } from '../patrols/monthly-stats'
import { bump, emptyTally, figuresOf, taskKey, talliedHouse, type LiveTally } from './tally'
import { readAll } from '../../store/read-all'

const PAGE = 1000

export async function countVillage(deps: Deps, villageId: string, now: Date): Promise<VillageFigures> {
  return figuresOf(await tallyVillage(deps, villageId, now), localDate(now))
}

/** The village's tally from the raw records (see tally.ts). */
export async function tallyVillage(deps: Deps, villageId: string, now: Date): Promise<LiveTally> {
  const month = dayjs(localDate(now)).format('YYYY-MM')
  const s = deps.store
  // Only the fields the figures need: whole documents made up most of a recount's time.
  const [households, houses, patrols, openCases, openTasks] = await Promise.all([
    readAll((skip) => s.collection('households').find({ where: { villageId, status: 'monitored' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']], skip, limit: PAGE, fields: ['worstGrade'] })),
    readAll((skip) => s.collection('houses').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['_id', 'asc']], skip, limit: PAGE, fields: ['householdId', 'grade', 'gradedAt', 'occupancy', 'retiredAt', 'lastJudgment', 'lastPatrolAt'] })),
    readAll((skip) => s.collection('patrols').find({ where: { villageId, month }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['houseId', 'asc']], skip, limit: PAGE, fields: ['kind', 'householdId', 'houseId'] })),
    readAll((skip) => s.collection('cases').find({ where: { villageId, stage: { $in: OPEN_CASE_STAGES } }, orderBy: [['villageId', 'asc'], ['stage', 'asc'], ['openedAt', 'desc']], skip, limit: PAGE, fields: ['stage', 'dueDate', 'householdId'] })),
    readAll((skip) => s.collection('tasks').find({ where: { villageId, status: 'open' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['dueDate', 'asc']], skip, limit: PAGE, fields: ['dueDate', 'householdId'] })),
  ])
  const { from, to } = monthBounds(month)
  const [renovatedCases, openedThisMonth] = await Promise.all([
    readAll((skip) => s.collection('cases').find({ where: { villageId, closeRoute: RENOVATED_ROUTE }, orderBy: [['villageId', 'asc'], ['closeRoute', 'asc']], skip, limit: PAGE, fields: ['householdId'] })),
    readAll((skip) => s.collection('cases').find({ where: { villageId, openedAt: { $gte: from, $lt: to } }, orderBy: [['villageId', 'asc'], ['openedAt', 'asc']], skip, limit: PAGE, fields: ['householdId'] })),
  ])
  const t = emptyTally(month)
  for (const h of households) t.households.set(h._id, h.worstGrade ?? null)
  // Retired houses (demolished, no longer lived in) stay in the tally and leave the figures.
  for (const h of houses) t.houses.set(h._id, talliedHouse(h))
  for (const p of patrols) if (p.kind !== 'selfCheck') bump(t.patrolled, p.houseId, 1)
  for (const c of openCases) t.openCases.set(c._id, { stage: c.stage, dueDate: c.dueDate ?? null, householdId: c.householdId })
  for (const k of openTasks) bump(t.openTasks, taskKey(k.householdId, k.dueDate), 1)
  for (const c of renovatedCases) bump(t.renovated, c.householdId, 1)
  for (const c of openedThisMonth) bump(t.openedThisMonth, c.householdId, 1)
  return t
}
