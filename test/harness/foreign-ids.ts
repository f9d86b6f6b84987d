// The table of every writing action that takes a client-made id, for the replay probes of
// the every-action harness: a 东城 user makes an object with an id, then a 巴川 user of
// the action's role sends the same id. Writing actions without such an id are listed
// with a reason; an action in neither list fails the harness, naming it.
import type { ActionName } from '../../domain'
import type { CollectionName } from '../../server/store/manifest'
import { ok, type TestEnv } from '../support/local-env'
import { aCaseAt } from '../support/builders'
import { uploadPhoto } from '../support/patrols'

/** What the probes need from the seeded data: 东城 objects made once. */
export interface Foreign {
  house: string
  farmerHouse: string
  /** A 东城 house without an open case, so that case.open stores its own id. */
  freeHouse: string
  caseId: string
  caseRev: number
  /** A 玉龙 case, the caller's own. */
  ownCaseId: string
  ownCaseRev: number
  /** A 玉龙 house, the 玉龙 farmer's house, a 玉龙 disaster and a photo of 玉龙's inspector. */
  ownHouse: string
  ownFarmerHouse: string
  ownEventId: string
  ownPhoto: string
  eventId: string
  importFile: string
  inspectorPhoto: string
  /** A 青山 household and a 玉龙 one, to register houses in. */
  household: string
  ownHousehold: string
  /** Cases in 改造中 (东城 and 玉龙) and photos of each street's staff, for the supervision visits. */
  works: { caseId: string; ownCaseId: string; photo: string; ownPhoto: string }
  /** 东城 accounts of their own for the access changes, so one probe never undoes another's owner. */
  people: { revoke: string; disable: string; unbind: string }
}

export interface ForeignIdCase {
  /** The 东城 user who makes the object. */
  owner: string
  /** The 巴川 user of the action's role who sends the same id. */
  caller: string
  /** The input, naming the 东城 objects, with `id` as the client-made id. */
  input(id: string, f: Foreign): Record<string, unknown>
  /**
   * The same input naming the caller's own objects, where the action takes any: the
   * taken id must be refused, never answered with the 东城 object or a silent success.
   */
  own?(id: string, f: Foreign): Record<string, unknown>
  /** For an action that names no scope at all: someone of the caller's own street who makes an id the caller did not. */
  colleague?: string
  /** Where the id is kept, when the answer does not show it. */
  storedIn?: { collection: CollectionName; field: string; as?: (id: string) => string }
}

const T = '2026-11-28T09:30:00+08:00'
const findings = { site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'ok', roof: 'ok', enclosure: 'ok' }
const answers = { cracks: false, leaning: false, roof: false, foundation: false, slope: false }

export const FOREIGN_ID_CASES: Partial<Record<ActionName, ForeignIdCase>> = {
  'alert.issue': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (alertId) => ({ alertId, eventType: '1003', color: 'blue', villageIds: ['v-qingshan'], startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-29T10:00:00+08:00', text: '暴雨蓝色预警' }),
    own: (alertId) => ({ alertId, eventType: '1003', color: 'blue', villageIds: ['v-yulong'], startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-29T10:00:00+08:00', text: '暴雨蓝色预警' }),
  },
  'disaster.declare': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (eventId) => ({ eventId, kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-qingshan'], description: '山洪' }),
    own: (eventId) => ({ eventId, kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-yulong'], description: '山洪' }),
  },
  'disaster.report': {
    owner: 'u-insp-qingshan',
    caller: 'u-insp-yulong',
    input: (reportId, f) => ({ reportId, eventId: f.eventId, houseId: f.farmerHouse, damage: 'general', peopleAffected: 1, measures: '', major: false, photos: [f.inspectorPhoto] }),
    own: (reportId, f) => ({ reportId, eventId: f.ownEventId, houseId: f.ownHouse, damage: 'general', peopleAffected: 1, measures: '', major: false, photos: [f.ownPhoto] }),
  },
  'case.open': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (caseId, f) => ({ caseId, houseId: f.freeHouse, summary: '群众反映房屋开裂' }),
    own: (caseId, f) => ({ caseId, houseId: f.ownHouse, summary: '群众反映房屋开裂' }),
  },
  'case.record': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (entryId, f) => ({ caseId: f.caseId, entryId, kind: 'note', note: '已电话联系农户' }),
    own: (entryId, f) => ({ caseId: f.ownCaseId, entryId, kind: 'note', note: '已电话联系农户' }),
  },
  'case.transition': {
    owner: 'u-insp-qingshan',
    caller: 'u-insp-yulong',
    input: (transitionId, f) => ({ caseId: f.caseId, transitionId, expectRev: f.caseRev, action: 'verify', note: '已到现场核实' }),
    own: (transitionId, f) => ({ caseId: f.ownCaseId, transitionId, expectRev: f.ownCaseRev, action: 'verify', note: '已到现场核实' }),
  },
  'patrol.submit': {
    owner: 'u-insp-qingshan',
    caller: 'u-insp-yulong',
    input: (patrolId, f) => ({ patrolId, houseId: f.house, kind: 'routine', patrolledAt: T, findings, judgment: 'safe', occupied: true, photos: [], gps: null, scannedPlate: false, notes: '' }),
    own: (patrolId, f) => ({ patrolId, houseId: f.ownHouse, kind: 'routine', patrolledAt: T, findings, judgment: 'safe', occupied: true, photos: [], gps: null, scannedPlate: false, notes: '' }),
  },
  'selfcheck.submit': {
    owner: 'u-farmer-qingshan',
    caller: 'u-farmer-yulong',
    input: (reportId, f) => ({ reportId, houseId: f.farmerHouse, answers, description: '', photos: [], checkedAt: T }),
    own: (reportId, f) => ({ reportId, houseId: f.ownFarmerHouse, answers, description: '', photos: [], checkedAt: T }),
  },
  'stats.monthlySubmit': {
    owner: 'u-insp-qingshan',
    caller: 'u-insp-yulong',
    input: (submissionId) => ({ submissionId, villageId: 'v-qingshan', month: '2026-11', note: '' }),
    storedIn: { collection: 'monthlyStats', field: 'submissionId' },
  },
  'sample.draw': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (sampleId) => ({ sampleId, month: '2026-11', mode: 'count', value: 1, villageIds: ['v-qingshan'] }),
    own: (sampleId) => ({ sampleId, month: '2026-11', mode: 'count', value: 1, villageIds: ['v-yulong'] }),
  },
  'report.quarterlyStart': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (reportId) => ({ reportId, quarter: '2026-Q4' }),
    colleague: 'u-staff-appraiser-bachuan',
  },
  'import.start': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (importId, f) => ({ importId, fileId: f.importFile, fileName: '民政名单.csv', source: 'civil' }),
  },
  'people.revokeGrant': {
    owner: 'u-staff-dongcheng',
    // The request is remembered as an audit entry named after its id.
    storedIn: { collection: 'audit', field: '_id', as: (id) => `au-rq-${id}` },
    caller: 'u-staff-bachuan',
    input: (requestId, f) => ({ requestId, userId: f.people.revoke, role: 'inspector', orgId: 'v-xiaolin' }),
    own: (requestId) => ({ requestId, userId: 'u-insp-jinlong', role: 'inspector', orgId: 'v-jinlong' }),
  },
  'people.setDisabled': {
    owner: 'u-staff-dongcheng',
    // The request is remembered as an audit entry named after its id.
    storedIn: { collection: 'audit', field: '_id', as: (id) => `au-rq-${id}` },
    caller: 'u-staff-bachuan',
    input: (requestId, f) => ({ requestId, userId: f.people.disable, disabled: true }),
    own: (requestId) => ({ requestId, userId: 'u-insp-jinlong', disabled: true }),
  },
  'people.unbindFarmer': {
    owner: 'u-staff-dongcheng',
    // The request is remembered as an audit entry named after its id.
    storedIn: { collection: 'audit', field: '_id', as: (id) => `au-rq-${id}` },
    caller: 'u-staff-bachuan',
    input: (requestId, f) => ({ requestId, userId: f.people.unbind }),
    own: (requestId) => ({ requestId, userId: 'u-farmer-jinlong' }),
  },
  'house.register': {
    owner: 'u-insp-qingshan',
    caller: 'u-insp-yulong',
    input: (houseId, f) => ({ houseId, householdId: f.household, structure: 'brickWood', floors: 1, yearBuilt: 1990, floorArea: 80, address: '青山村1组', occupancy: 'occupied', siteHazards: [], gps: null, photos: [{ fileId: f.inspectorPhoto, takenAt: T, lat: null, lng: null }], registeredAt: T }),
    own: (houseId, f) => ({ houseId, householdId: f.ownHousehold, structure: 'brickWood', floors: 1, yearBuilt: 1990, floorArea: 80, address: '玉龙村1组', occupancy: 'occupied', siteHazards: [], gps: null, photos: [{ fileId: f.ownPhoto, takenAt: T, lat: null, lng: null }], registeredAt: T }),
  },
  'shelter.save': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (shelterId) => ({ shelterId, villageId: 'v-qingshan', name: '青山村村委会', address: '青山村1组', contact: '值班室', phone: '023-45678901', capacity: 30 }),
    own: (shelterId) => ({ shelterId, villageId: 'v-yulong', name: '玉龙村村委会', address: '玉龙村1组', contact: '值班室', phone: '023-45678901', capacity: 30 }),
  },
  'supervision.record': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (visitId, f) => ({ visitId, caseId: f.works.caseId, visitedAt: T, checks: { siteSafety: 'ok', structure: 'ok', materials: 'ok', progress: 'ok' }, photos: [f.works.photo] }),
    own: (visitId, f) => ({ visitId, caseId: f.works.ownCaseId, visitedAt: T, checks: { siteSafety: 'ok', structure: 'ok', materials: 'ok', progress: 'ok' }, photos: [f.works.ownPhoto] }),
  },
  'renovationPlan.add': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (entryId, f) => ({ entryId, year: 2026, householdId: f.household, method: 'rebuild', plannedFen: 3_500_000, reason: 'D 级危房' }),
    own: (entryId, f) => ({ entryId, year: 2026, householdId: f.ownHousehold, method: 'rebuild', plannedFen: 3_500_000, reason: 'D 级危房' }),
  },
  'housing.add': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (optionId) => ({ optionId, kind: 'publicRental', name: '公租房 1 栋 101', address: '滨河路 1 号', capacity: 2 }),
    colleague: 'u-staff-appraiser-bachuan',
  },
  'appraisalReview.draw': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (drawId) => ({ drawId, count: 1, reviewerId: 'u-probe-appraiser', dueDate: '2026-12-15' }),
    own: (drawId) => ({ drawId, count: 1, reviewerId: 'u-appraiser-bachuan', dueDate: '2026-12-15' }),
    storedIn: { collection: 'appraisalReviews', field: 'drawId' },
  },
  'invite.create': {
    owner: 'u-staff-dongcheng',
    caller: 'u-staff-bachuan',
    input: (inviteId) => ({ inviteId, kind: 'staff', name: '新巡查员', grants: [{ role: 'inspector', orgId: 'v-qingshan' }] }),
    own: (inviteId) => ({ inviteId, kind: 'staff', name: '新巡查员', grants: [{ role: 'inspector', orgId: 'v-yulong' }] }),
  },
}

/** Writing actions whose ids all name objects the server made or the caller's own. */
export const NO_CLIENT_ID: Partial<Record<ActionName, string>> = {
  'household.reveal': 'reads a household by its server id',
  'ledger.export': 'writes an export file under a server-made name',
  'household.archive': 'writes an export file under a server-made name',
  'import.template': 'writes a template under a server-made name',
  'bind.farmer': 'unbound; no id',
  'invite.accept': 'unbound; a code, not an id',
  'plates.sheet': 'writes a sheet under a server-made name',
  'inbox.read': "marks the caller's own messages",
  'notify.consent': "records the caller's own consent",
  'campaign.step': 'steps a server-made campaign',
  'disaster.villageDone': 'marks a village of an existing event',
  'report.quarterlyStep': 'steps a report by its id, scope-checked on load',
  'report.quarterlySend': 'moves a report by its id, scope-checked on load (a foreign id is NOT_FOUND like a missing one)',
  'report.quarterlyApprove': 'moves a report by its id, scope-checked on load (a foreign id is NOT_FOUND like a missing one)',
  'report.quarterlyReturn': 'moves a report by its id, scope-checked on load (a foreign id is NOT_FOUND like a missing one)',
  'report.quarterlyReceive': "moves a submitted report of the caller's district by its id; any other is NOT_FOUND",
  'ledger.patrolMonth': 'writes an export file under a server-made name',
  'admin.bootstrap': 'unbound; a code, not an id',
  'import.step': 'steps an import by its id, scope-checked on load',
  'import.apply': 'applies an import by its id, scope-checked on load',
  'import.cancel': 'cancels an import by its id, scope-checked on load',
  'alertRule.save': "replaces the caller's own street's rules; no id",
  'house.edit': 'edits a house by its id, scope-checked on load, guarded by the house revision',
  'house.retire': 'retires a house by its id, scope-checked on load',
  'invite.revoke': 'revokes an invitation by its own id, scope-checked on load (a foreign id is NOT_FOUND like a missing one)',
  'shelter.remove': 'removes a shelter by its id, scope-checked on load (a foreign id is NOT_FOUND like a missing one)',
  'me.setPhone': "sets the caller's own phone; no id",
  'case.requestRenovation': "one request on the caller's own case; asking again answers with the one recorded",
  'appraisalReview.submit': 'grades a review by its id, only by its reviewer (anyone else gets NOT_FOUND like a missing one)',
  'renovationPlan.setFunds': 'changes a plan entry by its id, scope-checked on load (a foreign id is NOT_FOUND like a missing one)',
  'renovationPlan.remove': 'takes a plan entry out by its id, scope-checked on load (a foreign id is NOT_FOUND like a missing one)',
  'renovationPlan.export': 'writes an export file under a server-made name',
  'housing.edit': 'corrects a housing option by its id, scope-checked on load (a foreign id is NOT_FOUND like a missing one)',
  'housing.remove': "removes a housing option by its id, scope-checked on load (a foreign id is NOT_FOUND like a missing one)",
  'housing.moveOut': "changes a housing option by its id, scope-checked on load (a foreign id is NOT_FOUND like a missing one)",
}

/** Makes the 东城 objects the probes name. */
export async function makeForeign(env: TestEnv): Promise<Foreign> {
  const [farmer, ownFarmer] = await env.rt.store.collection('users').getMany(['u-farmer-qingshan', 'u-farmer-yulong'])
  const houses = await env.rt.store.collection('houses').find({ where: { villageId: 'v-qingshan' }, limit: 50 })
  const farmerHouse = houses.find((h) => h.householdId === farmer!.householdId)!._id
  const house = houses.find((h) => h.householdId !== farmer!.householdId && !h.openCaseId)!._id
  const freeHouse = (await env.rt.store.collection('houses').find({ where: { villageId: 'v-xiaolin' }, limit: 50 })).find((h) => !h.openCaseId)!._id
  const opened = ok(await env.call('u-staff-dongcheng', 'case.open', { caseId: 'case-foreign-probe', houseId: house, summary: '墙体开裂' }))
  const ownHouses = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 50 })
  const ownFree = ownHouses.filter((h) => !h.openCaseId && h.householdId !== ownFarmer!.householdId)
  const own = ok(await env.call('u-insp-yulong', 'case.open', { caseId: 'case-own-probe', houseId: ownFree[0]!._id, summary: '墙体开裂' }))
  const ownEvent = ok(await env.call('u-staff-bachuan', 'disaster.declare', { eventId: 'de-own-probe', kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-yulong'], description: '山洪' }))
  const event = ok(await env.call('u-staff-dongcheng', 'disaster.declare', { eventId: 'de-foreign-probe', kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-qingshan'], description: '山洪' }))
  const xiaolinHousehold = houses.length ? (await env.rt.store.collection('houses').find({ where: { villageId: 'v-xiaolin' }, limit: 1 }))[0]!.householdId : ''
  const people = { revoke: 'u-probe-revoke', disable: 'u-probe-disable', unbind: 'u-probe-unbind' }
  for (const [userId, role] of [[people.revoke, 'inspector'], [people.disable, 'inspector'], [people.unbind, 'farmer']] as const) {
    await env.rt.store.collection('users').insert({ _id: userId, name: '小林村测试', openid: `o-${userId}`, grants: [{ role, orgId: 'v-xiaolin' }], grantKeys: [`${role}@v-xiaolin`], householdId: role === 'farmer' ? xiaolinHousehold : null, disabled: false, createdAt: '2026-11-01T00:00:00.000Z' })
  }
  const importFile = (await env.rt.files.put('uploads/u-staff-dongcheng/list.csv', Buffer.from('村（社区）,户主姓名,身份证号\n青山村,张三,500224199001011234\n'), 'text/csv')).fileId
  // A 东城 appraiser, for the review draws.
  await env.rt.store.collection('users').insert({ _id: 'u-probe-appraiser', name: '东城鉴定', openid: 'o-u-probe-appraiser', grants: [{ role: 'appraiser', orgId: 's-dongcheng' }], grantKeys: ['appraiser@s-dongcheng'], householdId: null, disabled: false, createdAt: '2026-11-01T00:00:00.000Z' })
  const works = {
    // Appraised by someone else, so a review draw finds it too.
    caseId: (await aCaseAt(env, 'case-works-probe', (await env.rt.store.collection('houses').find({ where: { villageId: 'v-xiaolin' }, limit: 50 })).filter((h) => !h.openCaseId)[1]!, 'renovating', {
      appraisal: { findings: {}, proposed: 'D', proposedRule: 'R1', grade: 'D', overrideReason: '', advice: '拆除重建', appraiserId: 'u-appraiser-elsewhere', at: '2026-11-01T02:00:00.000Z', photos: [], reportFileId: null },
    }))._id,
    ownCaseId: (await aCaseAt(env, 'case-own-works-probe', ownFree[2]!, 'renovating'))._id,
    photo: await uploadPhoto(env, 'u-staff-dongcheng'),
    ownPhoto: await uploadPhoto(env, 'u-staff-bachuan'),
  }
  return { works, house, farmerHouse, freeHouse, caseId: opened.id, caseRev: opened.rev, ownCaseId: own.id, ownCaseRev: own.rev, ownHouse: ownFree[1]!._id, ownFarmerHouse: ownHouses.find((h) => h.householdId === ownFarmer!.householdId)!._id, ownEventId: ownEvent.id, ownPhoto: await uploadPhoto(env, 'u-insp-yulong'), eventId: event.id, importFile, inspectorPhoto: await uploadPhoto(env, 'u-insp-qingshan'), people, household: houses[0]!.householdId, ownHousehold: ownHouses[0]!.householdId }
}
