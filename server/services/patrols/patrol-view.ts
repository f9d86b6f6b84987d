import type { PatrolView } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { PatrolDoc, UserDoc } from '../../store/docs'
import { photoLink } from '../files/photo-links'

/** `caller` saves a look-up when the caller is the inspector (his own submission). */
export async function patrolView(deps: Deps, p: PatrolDoc, caller?: UserDoc): Promise<PatrolView> {
  const inspector = caller?._id === p.inspectorId ? caller : await deps.store.collection('users').get(p.inspectorId)
  return {
    id: p._id,
    kind: p.kind,
    houseId: p.houseId,
    householdId: p.householdId,
    villageId: p.villageId,
    month: p.month,
    patrolledAt: p.patrolledAt,
    receivedAt: p.receivedAt,
    inspectorId: p.inspectorId,
    inspectorName: inspector?.name ?? '',
    findings: p.findings,
    suggested: p.suggested,
    judgment: p.judgment,
    occupied: p.occupied,
    photos: await Promise.all(p.photos.map(async (ph) => ({ ...(await photoLink(deps, ph.fileId)), takenAt: ph.takenAt, sha256: ph.sha256, reused: ph.reused, album: ph.album ?? false }))),
    gps: p.gps,
    distanceM: p.distanceM,
    farFromHouse: p.farFromHouse,
    scannedPlate: p.scannedPlate,
    notes: p.notes,
    caseId: p.caseId,
    mismatchWith: p.mismatchWith ?? null,
    contradictedBy: p.contradictedBy ?? null,
  }
}
