// A village's tally: the least a village's figures need to be derived exactly, kept so
// that each write can move the figures by its own change (one read and one write of the
// village's counter document, in the write's transaction) instead of counting the whole
// village again. Built from the raw records by a full count (countVillage) and moved by
// `applyChange`; the figures are always derived from it by `figuresOf`, so a kept tally
// and a fresh count give the same figures by construction. The month-bound parts hold
// one month: a tally of another month is not moved, its village is counted again.
// Households that left monitoring count nowhere, so every part that is counted per
// household keeps the household's id and `figuresOf` filters by the monitored set.
import { GRADES, OPEN_CASE_STAGES, RENOVATED_ROUTE, criticalReason, inRenovationCount, type CaseStage, type CriticalReason, type Grade, type VillageFigures } from '../../../domain'
import type { CaseDoc, HouseDoc, HouseholdDoc, PatrolDoc, TaskDoc, VillageTally } from '../../store/docs'
import { monthBounds } from '../patrols/monthly-stats'

/** Raise when the tally's shape changes: a tally of another version is counted again. */
export const TALLY_VERSION = 2

export interface TalliedHouse {
  householdId: string
  grade: Grade | null
  occupancy: string
  retired: boolean
  /** 人不进危房: why this house is on the critical list, if it is (a fact of the house alone). */
  critical: CriticalReason | null
}

/** The tally in memory: maps for the per-document parts. */
export interface LiveTally {
  month: string
  /** Monitored households and their worst grade. */
  households: Map<string, Grade | null>
  houses: Map<string, TalliedHouse>
  patrolled: Map<string, number>
  openCases: Map<string, { stage: CaseStage; dueDate: string | null; householdId: string }>
  /** Cases closed by renovation, per household. */
  renovated: Map<string, number>
  /** Cases opened in `month`, per household. */
  openedThisMonth: Map<string, number>
  /** Open tasks per household and due date, keyed `householdId|dueDate`. */
  openTasks: Map<string, number>
}

export const emptyTally = (month: string): LiveTally => ({
  month,
  households: new Map(),
  houses: new Map(),
  patrolled: new Map(),
  openCases: new Map(),
  renovated: new Map(),
  openedThisMonth: new Map(),
  openTasks: new Map(),
})

export const taskKey = (householdId: string, dueDate: string) => `${householdId}|${dueDate}`
const splitTaskKey = (key: string): [string, string] => {
  const at = key.lastIndexOf('|')
  return [key.slice(0, at), key.slice(at + 1)]
}

export function loadTally(t: VillageTally): LiveTally {
  return {
    month: t.month,
    households: new Map(t.households),
    houses: new Map(t.houses.map(([id, householdId, grade, occupancy, retired, critical]) => [id, { householdId, grade, occupancy, retired, critical }])),
    patrolled: new Map(t.patrolled),
    openCases: new Map(t.openCases.map(([id, stage, dueDate, householdId]) => [id, { stage, dueDate, householdId }])),
    renovated: new Map(t.renovated),
    openedThisMonth: new Map(t.openedThisMonth),
    openTasks: new Map(t.openTasks.map(([householdId, dueDate, n]) => [taskKey(householdId, dueDate), n])),
  }
}

const byKey = <E extends [string, ...unknown[]]>(list: E[]): E[] => list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))

/** Lists in key order, so that equal tallies are stored alike. */
export function storeTally(t: LiveTally): VillageTally {
  return {
    v: TALLY_VERSION,
    month: t.month,
    households: byKey([...t.households]),
    houses: byKey([...t.houses].map(([id, h]): VillageTally['houses'][number] => [id, h.householdId, h.grade, h.occupancy, h.retired, h.critical])),
    patrolled: byKey([...t.patrolled]),
    openCases: byKey([...t.openCases].map(([id, c]): VillageTally['openCases'][number] => [id, c.stage, c.dueDate, c.householdId])),
    renovated: byKey([...t.renovated]),
    openedThisMonth: byKey([...t.openedThisMonth]),
    openTasks: byKey([...t.openTasks].map(([key, n]): VillageTally['openTasks'][number] => [...splitTaskKey(key), n])),
  }
}

/** The collections whose documents the tally summarises. */
export type TalliedName = 'households' | 'houses' | 'patrols' | 'cases' | 'tasks'
export const TALLIED = new Set<string>(['households', 'houses', 'patrols', 'cases', 'tasks'])

export const bump = (m: Map<string, number>, key: string, by: number) => {
  const n = (m.get(key) ?? 0) + by
  if (n === 0) m.delete(key)
  else m.set(key, n)
}

/** A house's part of the tally, from the stored house. */
export function talliedHouse(h: Pick<HouseDoc, 'householdId' | 'grade' | 'gradedAt' | 'occupancy' | 'retiredAt' | 'lastJudgment' | 'lastPatrolAt'>): TalliedHouse {
  return {
    householdId: h.householdId,
    grade: h.grade ?? null,
    occupancy: h.occupancy,
    retired: !!h.retiredAt,
    critical: criticalReason({ grade: h.grade ?? null, gradedAt: h.gradedAt ?? null, occupancy: h.occupancy, lastJudgment: h.lastJudgment ?? null, lastPatrolAt: h.lastPatrolAt ?? null, retiredAt: h.retiredAt ?? null }),
  }
}

/** Adds (sign 1) or takes away (sign -1) one document's part of the village's tally. */
function contribute(t: LiveTally, name: TalliedName, doc: Record<string, unknown>, sign: 1 | -1): void {
  const id = String(doc._id)
  switch (name) {
    case 'households': {
      const h = doc as unknown as HouseholdDoc
      if (h.status !== 'monitored') return
      if (sign > 0) t.households.set(id, h.worstGrade ?? null)
      else t.households.delete(id)
      return
    }
    case 'houses': {
      if (sign > 0) t.houses.set(id, talliedHouse(doc as unknown as HouseDoc))
      else t.houses.delete(id)
      return
    }
    case 'patrols': {
      const p = doc as unknown as PatrolDoc
      if (p.month === t.month && p.kind !== 'selfCheck') bump(t.patrolled, p.houseId, sign)
      return
    }
    case 'cases': {
      const c = doc as unknown as CaseDoc
      if (OPEN_CASE_STAGES.includes(c.stage)) {
        if (sign > 0) t.openCases.set(id, { stage: c.stage, dueDate: c.dueDate ?? null, householdId: c.householdId })
        else t.openCases.delete(id)
      }
      if (c.closeRoute === RENOVATED_ROUTE) bump(t.renovated, c.householdId, sign)
      const { from, to } = monthBounds(t.month)
      if (c.openedAt >= from && c.openedAt < to) bump(t.openedThisMonth, c.householdId, sign)
      return
    }
    case 'tasks': {
      const k = doc as unknown as TaskDoc
      if (k.status === 'open') bump(t.openTasks, taskKey(k.householdId, k.dueDate), sign)
      return
    }
  }
}

/** Moves the tally of `villageId` by one write: `before` and `after` as stored (null: none). */
export function applyChange(t: LiveTally, villageId: string, name: TalliedName, before: Record<string, unknown> | null, after: Record<string, unknown> | null): void {
  if (before && before.villageId === villageId) contribute(t, name, before, -1)
  if (after && after.villageId === villageId) contribute(t, name, after, 1)
}

/** True when the change moves no village's tally (e.g. a house's photo list). */
export function changesTally(name: TalliedName, before: Record<string, unknown> | null, after: Record<string, unknown> | null): boolean {
  if (!before || !after) return true
  const keys: Record<TalliedName, string[]> = {
    households: ['villageId', 'status', 'worstGrade'],
    houses: ['villageId', 'householdId', 'grade', 'gradedAt', 'occupancy', 'retiredAt', 'lastJudgment', 'lastPatrolAt'],
    patrols: ['villageId', 'month', 'kind', 'houseId'],
    cases: ['villageId', 'stage', 'dueDate', 'closeRoute', 'openedAt', 'householdId'],
    tasks: ['villageId', 'status', 'dueDate', 'householdId'],
  }
  return keys[name].some((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
}

const sumOf = (m: Map<string, number>, keep: (householdId: string) => boolean) => {
  let n = 0
  for (const [householdId, count] of m) if (keep(householdId)) n += count
  return n
}

/** The village's figures on `today` (local date) from its tally. */
export function figuresOf(t: LiveTally, today: string): VillageFigures {
  const monitored = (householdId: string) => t.households.has(householdId)
  const live = [...t.houses].filter(([, h]) => monitored(h.householdId) && !h.retired)
  const housed = new Set(live.map(([, h]) => h.householdId))
  const zeroByGrade = () => Object.fromEntries([...GRADES, 'none'].map((g) => [g, 0])) as Record<Grade | 'none', number>
  const byGrade = zeroByGrade()
  for (const [, h] of live) byGrade[h.grade ?? 'none']++
  const householdsByGrade = zeroByGrade()
  for (const grade of t.households.values()) householdsByGrade[grade ?? 'none']++
  const cases = [...t.openCases.values()].filter((c) => monitored(c.householdId))
  const casesByStage: Partial<Record<CaseStage, number>> = {}
  for (const stage of OPEN_CASE_STAGES) {
    const n = cases.filter((c) => c.stage === stage).length
    if (n) casesByStage[stage] = n
  }
  let overdueTasks = 0
  for (const [key, n] of t.openTasks) {
    const [householdId, due] = splitTaskKey(key)
    if (due < today && monitored(householdId)) overdueTasks += n
  }
  return {
    households: t.households.size,
    houses: live.length,
    unregistered: [...t.households.keys()].filter((h) => !housed.has(h)).length,
    byGrade,
    householdsByGrade,
    occupiedDangerous: live.filter(([, h]) => h.critical === 'graded').length,
    occupiedSuspected: live.filter(([, h]) => h.critical === 'suspected').length,
    evacuated: live.filter(([, h]) => h.occupancy === 'evacuated').length,
    month: t.month,
    patrolledThisMonth: live.filter(([id]) => (t.patrolled.get(id) ?? 0) > 0).length,
    openCases: cases.length,
    casesByStage,
    overdueCases: cases.filter((c) => c.dueDate && c.dueDate < today).length,
    overdueTasks,
    inRenovation: inRenovationCount(casesByStage),
    renovated: sumOf(t.renovated, monitored),
    casesOpenedThisMonth: sumOf(t.openedThisMonth, monitored),
  }
}
