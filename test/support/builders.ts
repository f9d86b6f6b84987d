// The documents tests make most, with the demo data's orgs by name: a test says what
// matters to it (a late task in 玉龙, an account with two grants) and the builder fills in
// the rest the way the backend writes it.
import type { RoleGrant } from '../../domain'
import type { CaseDoc, HouseDoc, HouseholdDoc, TaskDoc, UserDoc } from '../../server/store/docs'
import { grantKeys } from '../../server/store/grant-keys'
import type { TestEnv } from './local-env'

/** The demo orgs: 巴川街道 and its villages, and 东城街道 for "another street". */
export const ORG = {
  bachuan: 's-bachuan',
  dongcheng: 's-dongcheng',
  yulong: 'v-yulong',
  shizi: 'v-shizi',
  jinlong: 'v-jinlong',
  /** A 东城 village. */
  qingshan: 'v-qingshan',
} as const

/** An account with these grants, as an invitation leaves it (grantKeys kept with the grants). */
export function aUser(_id: string, grants: RoleGrant[], over: Partial<UserDoc> = {}): UserDoc {
  return { _id, name: `测试 ${_id}`, openid: null, grants, grantKeys: grantKeys(grants), householdId: null, disabled: false, createdAt: '2026-11-01T00:00:00.000Z', ...over }
}

/** An open task of a household, in its village and street. */
export function aTask(_id: string, household: Pick<HouseholdDoc, '_id' | 'villageId' | 'streetId'>, over: Partial<TaskDoc> = {}): TaskDoc {
  return {
    _id,
    kind: 'newListingCheck',
    streetId: household.streetId,
    villageId: household.villageId,
    householdId: household._id,
    title: '新纳入核查',
    dueDate: '2026-11-30',
    status: 'open',
    createdAt: '2026-11-20T02:00:00.000Z',
    doneAt: null,
    ...over,
  }
}

/** A monitored household of the seeded village (the first by the store's order). */
export async function aHousehold(env: TestEnv, villageId: string = ORG.yulong): Promise<HouseholdDoc> {
  const [hh] = await env.rt.store.collection('households').find({ where: { villageId, status: 'monitored' }, limit: 1 })
  if (!hh) throw new Error(`no monitored household seeded in ${villageId}`)
  return hh
}

/** A seeded house of the village without an open case, so a test may open one. */
export async function aHouseWithoutCase(env: TestEnv, villageId: string = ORG.yulong): Promise<HouseDoc> {
  const house = (await env.rt.store.collection('houses').find({ where: { villageId }, limit: 50 })).find((h) => !h.openCaseId)
  if (!house) throw new Error(`every seeded house of ${villageId} has an open case`)
  return house
}

/**
 * A D-grade case of the house at `stage`, evacuated and approved for renovation, as the
 * case steps leave it (renovating: started 2026-10-01 as 拆除重建), and the house pointing to it.
 */
export async function aCaseAt(env: Pick<TestEnv, 'rt'>, _id: string, house: HouseDoc, stage: CaseDoc['stage'], over: Partial<CaseDoc> = {}): Promise<CaseDoc> {
  const review = { date: '2026-09-01', result: 'approved', note: '' }
  const started = stage === 'renovating' || stage === 'accepted' || stage === 'closed'
  const doc: Omit<CaseDoc, '_rev'> = {
    _id,
    houseId: house._id,
    householdId: house.householdId,
    streetId: house.streetId,
    villageId: house.villageId,
    source: 'villagePatrol',
    stage,
    openedAt: '2026-08-01T02:00:00.000Z',
    openedBy: `u-insp-${house.villageId.slice(2)}`,
    summary: '墙体开裂',
    evidence: [],
    updatedAt: '2026-10-01T02:00:00.000Z',
    dueDate: stage === 'closed' ? null : '2027-03-30',
    appraisedGrade: 'D',
    emergency: { evacuated: true, evacuatedOn: '2026-08-20', livingNow: 'relatives', signPosted: true, fenced: true },
    renovation: {
      appliedBy: 'farmer', appliedOn: '2026-08-25', villageReview: review, streetReview: review, districtApproval: review,
      method: started ? 'rebuild' : null, ownFundsFen: started ? 2_000_000 : null, subsidyFen: started ? 3_500_000 : null, startedOn: started ? '2026-10-01' : null, acceptedOn: null, subsidyPaidOn: null,
    },
    ...over,
  }
  await env.rt.store.collection('cases').insert(doc)
  await env.rt.store.collection('houses').update(house._id, { openCaseId: stage === 'closed' ? null : _id, grade: 'D', occupancy: 'evacuated' })
  return (await env.rt.store.collection('cases').get(_id))!
}

/** 铜梁区, the district above both demo streets. */
export const DISTRICT = 'd-tongliang'

/**
 * Another district with one street and one village, and a district account of its own:
 * "someone else's district" for the scope tests.
 */
export async function anotherDistrict(env: TestEnv): Promise<{ districtId: string; streetId: string; villageId: string; userId: string }> {
  const ids = { districtId: 'd-other', streetId: 's-other', villageId: 'v-other', userId: 'u-district-other' }
  await env.rt.store.collection('orgs').insertMany([
    { _id: ids.districtId, level: 'district', name: '大足区', parentId: null, code: '500111', lat: 29.7, lng: 105.7 },
    { _id: ids.streetId, level: 'street', name: '龙岗街道', parentId: ids.districtId, code: '500111001', lat: 29.7, lng: 105.7 },
    { _id: ids.villageId, level: 'village', name: '龙岗村', parentId: ids.streetId, code: '500111001201', lat: 29.7, lng: 105.7 },
  ])
  env.rt.deps.orgs.invalidate()
  await env.rt.store.collection('users').insert(aUser(ids.userId, [{ role: 'district', orgId: ids.districtId }]))
  return ids
}
