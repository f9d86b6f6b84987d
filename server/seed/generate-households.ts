// Generates monitored households and their houses for a village, reproducibly.
import { CATEGORIES, departmentsOf, maskIdNumber, maskPhone, type Category, type Grade, type Occupancy, type Structure } from '../../domain'
import type { PersonalData } from '../core/personal-data'
import type { HouseDoc, HouseholdDoc } from '../store/docs'
import { idNumber, personName, phoneNumber } from './people'
import type { Rng } from './random'
import type { SeedOrg } from './demo-orgs'

const GRADE_WEIGHTS: ReadonlyArray<readonly [Grade | null, number]> = [
  ['A', 58],
  ['B', 20],
  ['C', 8],
  ['D', 4],
  [null, 10],
]

const STRUCTURE_WEIGHTS: ReadonlyArray<readonly [Structure, number]> = [
  ['brick', 45],
  ['brickWood', 25],
  ['earth', 12],
  ['wood', 6],
  ['stone', 5],
  ['frame', 5],
  ['other', 2],
]

export interface GeneratedHousehold {
  household: HouseholdDoc
  houses: HouseDoc[]
  /** The clear values, for tests and demo hints only; never stored. */
  clear: { idNumber: string; phone: string }
}

const gradeRank = (g: Grade | null): number => (g ? 'ABCD'.indexOf(g) : -1)

/** The seed's site hazard: a steep slope behind the house, as the 自建房 census most often notes. */
const siteOf = (hazard: boolean): Pick<HouseDoc, 'siteHazard' | 'siteHazards'> => ({ siteHazard: hazard, siteHazards: hazard ? ['slope'] : [] })

export function generateHousehold(rng: Rng, personal: PersonalData, streetId: string, village: SeedOrg, seq: number, nowIso: string): GeneratedHousehold {
  const hhId = `hh-${village.id.slice(2)}-${String(seq).padStart(5, '0')}`
  const headName = personName(rng)
  const id = idNumber(rng)
  const phone = phoneNumber(rng)
  const sealedId = personal.seal(id)
  const sealedPhone = personal.seal(phone)
  const first = rng.pick(CATEGORIES)
  const drawn = new Set<Category>(rng.chance(0.25) ? [first, rng.pick(CATEGORIES)] : [first])
  // Kept in the canonical order, as every write path stores them.
  const categories: Category[] = CATEGORIES.filter((c) => drawn.has(c))
  const group = `${rng.int(1, 8)}组`
  const address = `${village.name}${group}${rng.int(1, 120)}号`
  const houseCount = rng.chance(0.08) ? 2 : 1
  const houses: HouseDoc[] = []
  for (let i = 0; i < houseCount; i++) {
    const grade = rng.weighted(GRADE_WEIGHTS)
    const dangerous = grade === 'C' || grade === 'D'
    const occupancy: Occupancy = dangerous ? rng.weighted([['evacuated', 70], ['occupied', 20], ['vacant', 10]] as const) : rng.chance(0.95) ? 'occupied' : 'vacant'
    const gradedAt = grade ? `20${rng.int(22, 26)}-${String(rng.int(1, 9)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}` : null
    houses.push({
      _id: `ho-${hhId.slice(3)}-${i + 1}`,
      householdId: hhId,
      streetId,
      villageId: village.id,
      structure: rng.weighted(STRUCTURE_WEIGHTS),
      floors: rng.weighted([[1, 55], [2, 38], [3, 7]] as const),
      yearBuilt: rng.int(1958, 2018),
      floorAreaCm2: rng.int(40, 220) * 10000 + rng.int(0, 99) * 100,
      lat: Number((village.lat + (rng.next() - 0.5) * 0.02).toFixed(6)),
      lng: Number((village.lng + (rng.next() - 0.5) * 0.02).toFixed(6)),
      grade,
      gradedAt,
      occupancy,
      address: i === 0 ? address : `${address}附${i}`,
      ...siteOf(rng.chance(0.06)),
      gpsAccuracy: null,
      noGps: false,
      photos: [],
      rev: 1,
      registeredBy: null,
      registerHash: null,
      retiredAt: null,
      retiredReason: null,
      retiredNote: '',
      renovatedBefore: rng.chance(0.1),
      openCaseId: null,
      lastPatrolAt: null,
      lastJudgment: null,
      createdAt: nowIso,
      updatedAt: nowIso,
    })
  }
  const worst = houses.reduce<Grade | null>((w, h) => (gradeRank(h.grade) > gradeRank(w) ? h.grade : w), null)
  const household: HouseholdDoc = {
    _id: hhId,
    // Given by the seed once the street's households are all made, in listing order.
    fileNo: '',
    streetId,
    villageId: village.id,
    group,
    headName,
    idEnc: sealedId.enc,
    idHash: sealedId.hash,
    idMasked: maskIdNumber(id),
    phoneEnc: sealedPhone.enc,
    phoneHash: sealedPhone.hash,
    phoneMasked: maskPhone(phone),
    address,
    members: rng.int(1, 6),
    categories,
    departments: departmentsOf(categories),
    listedSince: `20${rng.int(21, 26)}-${String(rng.int(1, 10)).padStart(2, '0')}-05`,
    status: 'monitored',
    removedAt: null,
    removedReason: null,
    worstGrade: worst,
    houseCount,
    createdAt: nowIso,
    updatedAt: nowIso,
  }
  return { household, houses, clear: { idNumber: id, phone } }
}
