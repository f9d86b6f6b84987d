// The documents every registry write makes the same way: a new house's state before any
// visit, and one history entry (who, when, what changed). Registration in the app, the
// department list's house columns, edits and retirement all build them here.
import type { HouseDoc, HouseEventDoc } from '../../store/docs'

/** What a house is before its first patrol, grade or case, registered by `registeredBy`. */
export function freshHouseState(registeredBy: string, registerHash: string | null, nowIso: string): Pick<HouseDoc, 'grade' | 'gradedAt' | 'rev' | 'registeredBy' | 'registerHash' | 'retiredAt' | 'retiredReason' | 'retiredNote' | 'renovatedBefore' | 'openCaseId' | 'lastPatrolAt' | 'lastJudgment' | 'createdAt' | 'updatedAt'> {
  return {
    grade: null,
    gradedAt: null,
    rev: 1,
    registeredBy,
    registerHash,
    retiredAt: null,
    retiredReason: null,
    retiredNote: '',
    renovatedBefore: false,
    openCaseId: null,
    lastPatrolAt: null,
    lastJudgment: null,
    createdAt: nowIso,
    updatedAt: nowIso,
  }
}

/** The history entry of the house's revision `rev`. */
export function houseEvent(house: Pick<HouseDoc, '_id' | 'householdId' | 'villageId'>, rev: number, kind: HouseEventDoc['kind'], actorId: string, changes: HouseEventDoc['changes'], note: string, atIso: string): HouseEventDoc {
  return { _id: `hev-${house._id}-${rev}`, houseId: house._id, householdId: house.householdId, villageId: house.villageId, at: atIso, actorId, kind, changes, note }
}
