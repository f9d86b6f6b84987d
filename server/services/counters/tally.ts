// A village's tally: the least a village's figures need to be derived exactly, kept so
// that each write can move the figures by its own change (one read and one write of the
// village's counter document, in the write's transaction) instead of counting the whole
// village again. Built from the raw records by a full count (countVillage) and moved by
// `applyChange`; the figures are always derived from it by `figuresOf`, so a kept tally
// and a fresh count give the same figures by construction. The month-bound parts hold
// one month: a tally of another month is not moved, its village is counted again.
import { GRADES, OPEN_CASE_STAGES, type CaseStage, type Grade, type VillageFigures } from '../../../domain'
import type { CaseDoc, HouseDoc, HouseholdDoc, PatrolDoc, TaskDoc, VillageTally } from '../../store/docs'
import { monthBounds } from '../patrols/monthly-stats'

/** Raise when the tally's shape changes: a tally of another version is counted again. */
export const TALLY_VERSION = 1

/** The tally in memory: maps for the per-document parts. */
export interface LiveTally {
  month: string
  households: Set<string>
  houses: Map<string, { householdId: string; grade: Grade | null; occupancy: string; retired: boolean }>
  patrolled: Map<string, number>
  openCases: Map<string, { stage: CaseStage; dueDate: string | null }>
  renovated: number
  openedThisMonth: number
  openTasks: Map<string, number>
}

export const emptyTally = (month: string): LiveTally => ({
  month,
  households: new Set(),
  houses: new Map(),
  patrolled: new Map(),
  openCases: new Map(),
  renovated: 0,
  openedThisMonth: 0,
  openTasks: new Map(),
})

export function loadTally(t: VillageTally): LiveTally {
  return {
    month: t.month,
    households: new Set(t.households),
    houses: new Map(t.houses.map(([id, householdId, grade, occupancy, retired]) => [id, { householdId, grade, occupancy, retired }])),
    patrolled: new Map(t.patrolled),
    openCases: new Map(t.openCases.map(([id, stage, dueDate]) => [id, { stage, dueDate }])),
    renovated: t.renovated,
    openedThisMonth: t.openedThisMonth,
    openTasks: new Map(t.openTasks),
  }
}

const byKey = <E extends [string, ...unknown[]]>(list: E[]): E[] => list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))

/** Lists in key order, so that equal tallies are stored alike. */
export function storeTally(t: LiveTally): VillageTally {
  return {
    v: TALLY_VERSION,
    month: t.month,
    households: [...t.households].sort(),
    houses: byKey([...t.houses].map(([id, h]): [string, string, Grade | null, string, boolean] => [id, h.householdId, h.grade, h.occupancy, h.retired])),
    patrolled: byKey([...t.patrolled]),
    openCases: byKey([...t.openCases].map(([id, c]): [string, CaseStage, string | null] => [id, c.stage, c.dueDate])),
    renovated: t.renovated,
    openedThisMonth: t.openedThisMonth,
    openTasks: byKey([...t.openTasks]),
  }
}

/** The collections whose documents the tally summarises. */
export type TalliedName = 'households' | 'houses' | 'patrols' | 'cases' | 'tasks'
export const TALLIED = new Set<string>(['households', 'houses', 'patrols', 'cases', 'tasks'])

const bump = (m: Map<string, number>, key: string, by: number) => {
  const n = (m.get(key) ?? 0) + by
  if (n === 0) m.delete(key)
  else m.set(key, n)
}

/** Adds (sign 1) or takes away (sign -1) one document's part of the village's tally. */
function contribute(t: LiveTally, name: TalliedName, doc: Record<string, unknown>, sign: 1 | -1): void {
  const id = String(doc._id)
  switch (name) {
    case 'households': {
      const h = doc as unknown as HouseholdDoc
      if (h.status !== 'monitored') return
      if (sign > 0) t.households.add(id)
      else t.households.delete(id)
      return
    }
    case 'houses': {
      const h = doc as unknown as HouseDoc
      if (sign > 0) t.houses.set(id, { householdId: h.householdId, grade: h.grade ?? null, occupancy: h.occupancy, retired: !!h.retiredAt })
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
        if (sign > 0) t.openCases.set(id, { stage: c.stage, dueDate: c.dueDate ?? null })
        else t.openCases.delete(id)
      }
      if (c.closeRoute === 'renovated') t.renovated += sign
      const { from, to } = monthBounds(t.month)
      if (c.openedAt >= from && c.openedAt < to) t.openedThisMonth += sign
      return
    }
    case 'tasks': {
      const k = doc as unknown as TaskDoc
      if (k.status === 'open') bump(t.openTasks, k.dueDate, sign)
      return
    }
  }
}

/** Moves the tally of `villageId` by one write: `before` and `after` as stored (null: none). */
export function applyChange(t: LiveTally, villageId: string, name: TalliedName, before: Record<string, unknown> | null, after: Record<string, unknown> | null): void {
  if (before && before.villageId === villageId) contribute(t, name, before, -1)
  if (after && after.villageId === villageId) contribute(t, name, after, 1)
}

/** True when the change moves no village's tally (e.g. a house's last patrol date). */
export function changesTally(name: TalliedName, before: Record<string, unknown> | null, after: Record<string, unknown> | null): boolean {
  if (!before || !after) return true
  const keys: Record<TalliedName, string[]> = {
    households: ['villageId', 'status'],
    houses: ['villageId', 'householdId', 'grade', 'occupancy', 'retiredAt'],
    patrols: ['villageId', 'month', 'kind', 'houseId'],
    cases: ['villageId', 'stage', 'dueDate', 'closeRoute', 'openedAt'],
    tasks: ['villageId', 'status', 'dueDate'],
  }
  return keys[name].some((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
}

/** The village's figures on `today` (local date) from its tally. */
export function figuresOf(t: LiveTally, today: string): VillageFigures {
  const live = [...t.houses].filter(([, h]) => t.households.has(h.householdId) && !h.retired)
  const housed = new Set(live.map(([, h]) => h.householdId))
  const byGrade = Object.fromEntries([...GRADES, 'none'].map((g) => [g, 0])) as Record<Grade | 'none', number>
  for (const [, h] of live) byGrade[h.grade ?? 'none']++
  const cases = [...t.openCases.values()]
  const casesByStage: Partial<Record<CaseStage, number>> = {}
  for (const stage of OPEN_CASE_STAGES) {
    const n = cases.filter((c) => c.stage === stage).length
    if (n) casesByStage[stage] = n
  }
  let overdueTasks = 0
  for (const [due, n] of t.openTasks) if (due < today) overdueTasks += n
  return {
    households: t.households.size,
    houses: live.length,
    unregistered: [...t.households].filter((h) => !housed.has(h)).length,
    byGrade,
    occupiedDangerous: live.filter(([, h]) => (h.grade === 'C' || h.grade === 'D') && h.occupancy === 'occupied').length,
    evacuated: live.filter(([, h]) => h.occupancy === 'evacuated').length,
    month: t.month,
    patrolledThisMonth: live.filter(([id]) => (t.patrolled.get(id) ?? 0) > 0).length,
    openCases: cases.length,
    casesByStage,
    overdueCases: cases.filter((c) => c.dueDate && c.dueDate < today).length,
    overdueTasks,
    inRenovation: cases.filter((c) => c.stage === 'renovationPlanned' || c.stage === 'renovating' || c.stage === 'accepted').length,
    renovated: t.renovated,
    casesOpenedThisMonth: t.openedThisMonth,
  }
}
