// Seeds a store with the demo data of 巴川街道: the org tree, 360+ households with their
// houses, and a demo account for every role.
import type { RoleGrant } from '../../domain'
import type { Store } from '../ports/store'
import type { PersonalData } from '../core/personal-data'
import type { HouseDoc, HouseholdDoc, OrgDoc, UserDoc } from '../store/docs'
import { BACHUAN, BACHUAN_VILLAGES, DISTRICT, DONGCHENG, DONGCHENG_VILLAGES, type SeedOrg } from './demo-orgs'
import { generateHousehold } from './generate-households'
import { Rng } from './random'
import { grantKeys } from '../store/grant-keys'
import { numberInOrder } from '../store/file-numbers'

export interface SeedOptions {
  seed?: number
  householdsPerVillage?: number
  now?: Date
}

export interface SeedSummary {
  orgs: number
  households: number
  houses: number
  users: number
}

function org(o: SeedOrg, level: OrgDoc['level'], parentId: string | null): OrgDoc {
  return { _id: o.id, level, name: o.name, parentId, code: o.code, lat: o.lat, lng: o.lng }
}

function user(id: string, name: string, grants: RoleGrant[], householdId: string | null, createdAt: string): UserDoc {
  return { _id: id, name, openid: null, grants, grantKeys: grantKeys(grants), householdId, disabled: false, createdAt }
}

export async function seedDemo(store: Store, personal: PersonalData, opts: SeedOptions = {}): Promise<SeedSummary> {
  const rng = new Rng(opts.seed ?? 20231102)
  const perVillage = opts.householdsPerVillage ?? 30
  const nowIso = (opts.now ?? new Date()).toISOString()

  const orgs: OrgDoc[] = [
    org(DISTRICT, 'district', null),
    org(BACHUAN, 'street', DISTRICT.id),
    org(DONGCHENG, 'street', DISTRICT.id),
    ...BACHUAN_VILLAGES.map((v) => org(v, 'village', BACHUAN.id)),
    ...DONGCHENG_VILLAGES.map((v) => org(v, 'village', DONGCHENG.id)),
  ]
  await store.collection('orgs').insertMany(orgs)

  const households: HouseholdDoc[] = []
  const houses: HouseDoc[] = []
  const firstOfVillage = new Map<string, HouseholdDoc>()
  const streets: Array<[string, SeedOrg[]]> = [
    [BACHUAN.id, BACHUAN_VILLAGES],
    [DONGCHENG.id, DONGCHENG_VILLAGES],
  ]
  for (const [streetId, villages] of streets) {
    for (const v of villages) {
      const count = streetId === BACHUAN.id ? perVillage + rng.int(0, 6) : Math.ceil(perVillage / 3)
      for (let i = 1; i <= count; i++) {
        const g = generateHousehold(rng, personal, streetId, v, i, nowIso)
        households.push(g.household)
        houses.push(...g.houses)
        if (i === 1) firstOfVillage.set(v.id, g.household)
      }
    }
  }
  // 档案编号 in listing order, as the migration gives them to households written before them.
  const codeOf = new Map(orgs.map((o) => [o._id, o.code]))
  const lastFileNo = new Map<string, number>()
  for (const [streetId] of streets) {
    const { numbers, last } = numberInOrder(households.filter((h) => h.streetId === streetId), {}, (id) => codeOf.get(id) ?? '')
    for (const h of households) if (numbers.has(h._id)) h.fileNo = numbers.get(h._id)!
    lastFileNo.set(streetId, last)
  }
  await store.collection('households').insertMany(households)
  await store.collection('houses').insertMany(houses)
  for (const [streetId, last] of lastFileNo) await store.collection('orgs').update(streetId, { lastFileNo: last })

  const users: UserDoc[] = []
  for (const v of [...BACHUAN_VILLAGES, ...DONGCHENG_VILLAGES]) {
    const slug = v.id.slice(2)
    users.push(user(`u-insp-${slug}`, `${v.name}巡查员`, [{ role: 'inspector', orgId: v.id }], null, nowIso))
    const hh = firstOfVillage.get(v.id)!
    users.push(user(`u-farmer-${slug}`, hh.headName, [{ role: 'farmer', orgId: v.id }], hh._id, nowIso))
  }
  users.push(
    user('u-staff-bachuan', '巴川建管办 刘工', [{ role: 'staff', orgId: BACHUAN.id }], null, nowIso),
    user('u-appraiser-bachuan', '鉴定技术员 陈工', [{ role: 'appraiser', orgId: BACHUAN.id }], null, nowIso),
    user('u-leader-bachuan', '巴川街道 王主任', [{ role: 'leader', orgId: BACHUAN.id }], null, nowIso),
    // One person holding two roles, to show role switching.
    user('u-staff-appraiser-bachuan', '建管办 周工（兼鉴定）', [
      { role: 'staff', orgId: BACHUAN.id },
      { role: 'appraiser', orgId: BACHUAN.id },
    ], null, nowIso),
    user('u-staff-dongcheng', '东城建管办 赵工', [{ role: 'staff', orgId: DONGCHENG.id }], null, nowIso),
  )
  await store.collection('users').insertMany(users)
  return { orgs: orgs.length, households: households.length, houses: houses.length, users: users.length }
}
