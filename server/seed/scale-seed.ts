// District-scale data for benchmarks (and small sizes for tests): many villages under one
// street, households with houses, months of patrols and cases in every stage. Seeded, so
// every run builds the same district.
import crypto from 'node:crypto'
import dayjs from 'dayjs'
import { CASE_STAGES, localDate } from '../../domain'
import type { Store } from '../ports/store'
import type { PersonalData } from '../core/personal-data'
import { grantKeys } from '../store/grant-keys'
import type { CaseDoc, HouseDoc, HouseholdDoc, OrgDoc, PatrolDoc, UserDoc } from '../store/docs'
import { generateHousehold } from './generate-households'
import { Rng } from './random'
import { formatFileNo } from '../store/file-numbers'

export interface ScaleOptions {
  households: number
  householdsPerVillage?: number
  patrolMonths?: number
  cases?: number
  now: Date
  seed?: number
  onProgress?: (what: string, done: number, total: number) => void
}

export interface ScaleSummary {
  villages: number
  households: number
  houses: number
  patrols: number
  cases: number
  villageIds: string[]
  inspectorOf: Record<string, string>
}

const BATCH = 2000

export async function seedScale(store: Store, personal: PersonalData, opts: ScaleOptions): Promise<ScaleSummary> {
  const rng = new Rng(opts.seed ?? 8)
  const perVillage = opts.householdsPerVillage ?? 330
  const villageCount = Math.max(1, Math.ceil(opts.households / perVillage))
  const nowIso = opts.now.toISOString()
  const orgs: OrgDoc[] = [
    { _id: 'd-bench', level: 'district', name: '基准区', parentId: null, code: '500199', lat: 29.8, lng: 106.0 },
    { _id: 's-bench', level: 'street', name: '基准街道', parentId: 'd-bench', code: '500199001', lat: 29.8, lng: 106.0 },
  ]
  const villages = Array.from({ length: villageCount }, (_, i) => ({
    id: `v-b${String(i).padStart(4, '0')}`,
    name: `基准${i + 1}村`,
    code: `500199001${String(200 + i).padStart(3, '0')}`,
    lat: 29.5 + (i % 30) * 0.02,
    lng: 105.8 + Math.floor(i / 30) * 0.02,
  }))
  for (const v of villages) orgs.push({ _id: v.id, level: 'village', name: v.name, parentId: 's-bench', code: v.code, lat: v.lat, lng: v.lng })
  await store.collection('orgs').insertMany(orgs)

  const users: UserDoc[] = []
  const inspectorOf: Record<string, string> = {}
  for (const v of villages) {
    const grants = [{ role: 'inspector' as const, orgId: v.id }]
    inspectorOf[v.id] = `u-bi-${v.id}`
    users.push({ _id: `u-bi-${v.id}`, name: `${v.name}巡查员`, openid: null, grants, grantKeys: grantKeys(grants), householdId: null, disabled: false, createdAt: nowIso })
  }
  for (const [id, role] of [['u-bench-staff', 'staff'], ['u-bench-leader', 'leader'], ['u-bench-appraiser', 'appraiser']] as const) {
    const grants = [{ role, orgId: 's-bench' }]
    users.push({ _id: id, name: id, openid: null, grants, grantKeys: grantKeys(grants), householdId: null, disabled: false, createdAt: nowIso })
  }
  await store.collection('users').insertMany(users)

  let households = 0
  let houses = 0
  const houseBuf: HouseDoc[] = []
  const hhBuf: HouseholdDoc[] = []
  const allHouses: Array<{ id: string; householdId: string; villageId: string }> = []
  const flush = async () => {
    if (hhBuf.length) await store.collection('households').insertMany(hhBuf.splice(0))
    if (houseBuf.length) await store.collection('houses').insertMany(houseBuf.splice(0))
  }
  for (let i = 0; i < opts.households; i++) {
    const v = villages[i % villageCount]!
    const g = generateHousehold(rng, personal, 's-bench', v, Math.floor(i / villageCount) + 1, nowIso)
    hhBuf.push({ ...g.household, fileNo: formatFileNo(v.code, i + 1) })
    houseBuf.push(...g.houses)
    for (const h of g.houses) allHouses.push({ id: h._id, householdId: h.householdId, villageId: h.villageId })
    households++
    houses += g.houses.length
    if (hhBuf.length >= BATCH) {
      await flush()
      opts.onProgress?.('households', households, opts.households)
    }
  }
  await flush()
  await store.collection('orgs').update('s-bench', { lastFileNo: opts.households })

  // Months of routine patrols: nearly every house once a month.
  let patrols = 0
  const months = opts.patrolMonths ?? 12
  const patrolBuf: PatrolDoc[] = []
  for (let m = months; m >= 1; m--) {
    const month = dayjs(localDate(opts.now)).subtract(m, 'month').format('YYYY-MM')
    for (const h of allHouses) {
      if (!rng.chance(0.92)) continue
      const at = `${month}-${String(rng.int(1, 28)).padStart(2, '0')}T09:00:00.000Z`
      const judgment = rng.weighted([['safe', 94], ['hazard', 5], ['suspectedDanger', 1]] as const)
      patrolBuf.push({
        _id: `pt-b-${month}-${h.id}`,
        kind: 'routine', houseId: h.id, householdId: h.householdId, streetId: 's-bench', villageId: h.villageId, month, patrolledAt: at, receivedAt: at,
        inspectorId: inspectorOf[h.villageId]!, findings: {}, suggested: judgment, judgment, occupied: true, photos: [], gps: null, distanceM: null, farFromHouse: false,
        scannedPlate: rng.chance(0.5), notes: '', taskId: null, caseId: null, mismatchWith: null, contradictedBy: null, inputHash: crypto.randomBytes(4).toString('hex'),
      })
      patrols++
      if (patrolBuf.length >= BATCH) {
        await store.collection('patrols').insertMany(patrolBuf.splice(0))
        opts.onProgress?.('patrols', patrols, Math.round(allHouses.length * months * 0.92))
      }
    }
  }
  if (patrolBuf.length) await store.collection('patrols').insertMany(patrolBuf.splice(0))

  // Cases across every stage, one per house at most.
  const caseCount = Math.min(opts.cases ?? Math.round(households / 5), allHouses.length)
  const caseBuf: CaseDoc[] = []
  for (let i = 0; i < caseCount; i++) {
    const h = allHouses[Math.floor((i * allHouses.length) / caseCount)]!
    const stage = CASE_STAGES[i % CASE_STAGES.length]!
    caseBuf.push({
      _id: `case-b-${h.id}`, houseId: h.id, householdId: h.householdId, streetId: 's-bench', villageId: h.villageId, source: 'villagePatrol', stage,
      openedAt: dayjs(opts.now).subtract(rng.int(1, 300), 'day').toISOString(), openedBy: inspectorOf[h.villageId]!, summary: '基准数据', evidence: [], updatedAt: nowIso,
      dueDate: dayjs(localDate(opts.now)).add(rng.int(-30, 30), 'day').format('YYYY-MM-DD'), appraisedGrade: null,
    })
    if (caseBuf.length >= BATCH) await store.collection('cases').insertMany(caseBuf.splice(0))
  }
  if (caseBuf.length) await store.collection('cases').insertMany(caseBuf.splice(0))
  for (let i = 0; i < caseCount; i++) {
    const h = allHouses[Math.floor((i * allHouses.length) / caseCount)]!
    if (CASE_STAGES[i % CASE_STAGES.length] !== 'closed') await store.collection('houses').update(h.id, { openCaseId: `case-b-${h.id}` })
  }
  return { villages: villageCount, households, houses, patrols, cases: caseCount, villageIds: villages.map((v) => v.id), inspectorOf }
}
