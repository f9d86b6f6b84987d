// The stored figures of some villages, as every figure screen reads them (dashboard,
// overview): one counter per village. A village without a counter yet, or with one stored
// before a figure was added, is counted now, so no screen shows a figure another lacks.
import type { VillageFigures } from '../../../domain'
import type { Deps } from '../../core/deps'
import { refreshVillage } from './refresh'

const isCurrent = (f: VillageFigures | undefined): f is VillageFigures => !!f && f.householdsByGrade !== undefined && f.occupiedSuspected !== undefined

export async function storedFigures(deps: Deps, villageIds: string[]): Promise<Map<string, VillageFigures>> {
  const stored = new Map((await deps.store.collection('villageCounters').getMany(villageIds)).map((c) => [c._id, c.figures]))
  const out = new Map<string, VillageFigures>()
  for (const v of villageIds) {
    const f = stored.get(v)
    out.set(v, isCurrent(f) ? f : await refreshVillage(deps, v))
  }
  return out
}

/** Every page of a paged read (the cloud answers at most 1000 documents a read). */
export async function readAll<T>(fetch: (skip: number) => Promise<T[]>, page = 1000): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += page) {
    const batch = await fetch(skip)
    out.push(...batch)
    if (batch.length < page) return out
  }
}
