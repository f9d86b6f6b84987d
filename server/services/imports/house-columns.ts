// The house columns of a list row (结构, 层数, 建成年份, 建筑面积, 经度, 纬度): what they
// would change in the preview, and what applying them writes inside the row's transaction
// — the household's first house, or its only house updated — with a history entry and an
// audit entry by the importing staff, as house.register / house.edit write them.
import { STRUCTURE_LABELS, type ListHouse } from '../../../domain'
import type { TxStore } from '../../ports/store'
import type { AuditDoc, HouseDoc, HouseEventDoc, HouseholdDoc, ImportDoc, ImportRowDoc } from '../../store/docs'
import type { Deps } from '../../core/deps'
import { auditEntry } from '../audit'
import { attachHouseToOpenCase } from '../cases/houseless-case'
import { changesOf, type RecordFields } from '../houses/house-record'
import { freshHouseState, houseEvent } from '../houses/house-docs'

export const MANY_HOUSES = '这户有几栋房屋，请在小程序里逐栋修改'

const live = (houses: HouseDoc[]) => houses.filter((h) => !h.retiredAt)

/** The stored fields the row sets; empty coordinates leave the stored ones as they are. */
function fieldsOf(house: ListHouse): Partial<RecordFields> {
  const { structure, floors, yearBuilt, floorAreaCm2, lat, lng } = house
  return { structure, floors, yearBuilt, floorAreaCm2, ...(lat !== null && lng !== null ? { lat, lng, gpsAccuracy: null, noGps: false } : {}) }
}

const summary = (h: Pick<ListHouse, 'structure' | 'floors' | 'yearBuilt' | 'floorAreaCm2'>) =>
  `${STRUCTURE_LABELS[h.structure]}，${h.floors} 层，${h.yearBuilt} 年建，${h.floorAreaCm2 / 10000} 平方米`
const gpsText = (h: Pick<HouseDoc, 'lat' | 'lng'>) => (h.lat !== null && h.lng !== null ? `${h.lng}，${h.lat}` : '无定位')

/** The preview's changes for the row's house, or a row error when the household has several. */
export function houseChanges(houses: HouseDoc[], house: ListHouse): { changes: Record<string, [string, string]>; error: string | null } {
  const mine = live(houses)
  if (mine.length > 1) return { changes: {}, error: MANY_HOUSES }
  if (mine.length === 0) return { changes: { house: ['未登记', `登记房屋：${summary(house)}`] }, error: null }
  const was = mine[0]!
  const changes: Record<string, [string, string]> = {}
  const after = { ...was, ...fieldsOf(house) }
  if (summary(was) !== summary(after)) changes.house = [summary(was), summary(after)]
  if (gpsText(was) !== gpsText(after)) changes.houseGps = [gpsText(was), gpsText(after)]
  return { changes, error: null }
}

/** The household's first house from an import row; its id is the row's, so a re-run makes none twice. */
export const houseIdOf = (job: ImportDoc, r: ImportRowDoc) => `house-${job._id}-${r.seq}`

/**
 * Writes the row's house for `hh`: creates it when the household has no house still
 * monitored, else updates its only one. Returns the number of houses it added (0 or 1).
 */
export async function applyHouse(deps: Deps, tx: TxStore, job: ImportDoc, r: ImportRowDoc, hh: HouseholdDoc, houses: HouseDoc[], nowIso: string): Promise<number> {
  if (!r.house) return 0
  const col = tx.collection('houses')
  const mine = live(houses)
  if (mine.length > 1) return 0
  const fields = fieldsOf(r.house)
  if (mine.length === 1) {
    const fresh = await col.get(mine[0]!._id)
    if (!fresh || fresh.retiredAt) return 0
    const changes = changesOf(fresh, fields)
    if (Object.keys(changes).length === 0) return 0
    const rev = (fresh.rev ?? 1) + 1
    await col.update(fresh._id, { ...fields, rev, updatedAt: nowIso }, { ifRev: fresh._rev })
    await tx.collection('houseEvents').insert(listEvent(fresh, rev, 'edited', changes, job, nowIso))
    await tx.collection('audit').insert(auditEntry(deps, job.createdBy, 'house.edit', fresh._id, { householdId: fresh.householdId, villageId: fresh.villageId, changes, importId: job._id }))
    return 0
  }
  const first = firstHouse(deps, job, r, hh, nowIso)!
  if (await col.get(first.house._id)) return 0
  await col.insert(first.house)
  await tx.collection('houseEvents').insert(first.event)
  await tx.collection('audit').insert(first.audit)
  await attachHouseToOpenCase(tx, hh._id, first.house._id, nowIso)
  return 1
}

/** The household's first house from the row's columns, with its history and audit entries (null: the row has none). */
export function firstHouse(deps: Deps, job: ImportDoc, r: ImportRowDoc, hh: HouseholdDoc, nowIso: string): { house: HouseDoc; event: HouseEventDoc; audit: AuditDoc } | null {
  if (!r.house) return null
  const fields = fieldsOf(r.house)
  const doc: HouseDoc = {
    _id: houseIdOf(job, r),
    householdId: hh._id,
    streetId: hh.streetId,
    villageId: hh.villageId,
    lat: null,
    lng: null,
    gpsAccuracy: null,
    // Without coordinates the house is flagged 无定位 until a visit records the position.
    noGps: true,
    ...(fields as Pick<HouseDoc, 'structure' | 'floors' | 'yearBuilt' | 'floorAreaCm2'>),
    address: r.address || hh.address,
    // A listed household lives in its house unless a visit says otherwise: counted as
    // occupied, it is never left off the critical list.
    occupancy: 'occupied',
    siteHazard: false,
    siteHazards: [],
    photos: [],
    ...freshHouseState(job.createdBy, null, nowIso),
  }
  const changes = changesOf({}, { ...fields, address: doc.address, occupancy: doc.occupancy, noGps: doc.noGps })
  return {
    house: doc,
    event: listEvent(doc, 1, 'registered', changes, job, nowIso),
    // Named by the house, so that a bulk write run again adds no second entry.
    audit: { ...auditEntry(deps, job.createdBy, 'house.register', doc._id, { householdId: doc.householdId, villageId: doc.villageId, changes, importId: job._id }), _id: `au-${doc._id}-registered` },
  }
}

/** The history entry of an import's change to a house: by the importing staff, naming the list. */
function listEvent(h: HouseDoc, rev: number, kind: HouseEventDoc['kind'], changes: HouseEventDoc['changes'], job: ImportDoc, nowIso: string): HouseEventDoc {
  return houseEvent(h, rev, kind, job.createdBy, changes, `按${job.fileName}${kind === 'registered' ? '登记' : '更新'}`, nowIso)
}
