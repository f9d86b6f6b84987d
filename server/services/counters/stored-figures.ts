// The stored figures of some villages, as every figure screen reads them (dashboard,
// overview, district): one counter per village, read with only the figures and the trend
// lines (not the tally behind them), a district's villages in one query. A village without a
// counter yet, or with one stored before a figure was added, is counted now, so no screen
// shows a figure another lacks.
import type { VillageFigures } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { MonthLine } from '../../store/docs'
import { refreshVillage } from './refresh'

export interface StoredVillage {
  figures: VillageFigures
  /** The trend lines of the 11 months before the figures' month. */
  months: MonthLine[]
}

/** The service's page cap: a district (about 300 villages) is one query; a page the 1 MB answer cap cuts short is followed by the adapter. */
const BATCH = 1000

const isCurrent = (f: VillageFigures | undefined): f is VillageFigures => !!f && f.householdsByGrade !== undefined && f.occupiedSuspected !== undefined

export async function storedVillages(deps: Deps, villageIds: string[]): Promise<Map<string, StoredVillage>> {
  const found = new Map<string, StoredVillage>()
  for (let i = 0; i < villageIds.length; i += BATCH) {
    const ids = villageIds.slice(i, i + BATCH)
    const docs = await deps.store.collection('villageCounters').find({ where: { _id: { $in: ids } }, fields: ['figures', 'months'], limit: ids.length })
    for (const c of docs) found.set(c._id, { figures: c.figures, months: c.months ?? [] })
  }
  const out = new Map<string, StoredVillage>()
  for (const v of villageIds) {
    const s = found.get(v)
    out.set(v, s && isCurrent(s.figures) ? s : await refreshVillage(deps, v))
  }
  return out
}

export async function storedFigures(deps: Deps, villageIds: string[]): Promise<Map<string, VillageFigures>> {
  const stored = await storedVillages(deps, villageIds)
  return new Map([...stored].map(([v, s]) => [v, s.figures]))
}
