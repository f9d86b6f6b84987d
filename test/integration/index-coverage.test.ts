// Every query the backend issues is served by an index declared in the manifest, which is
// what the cloud database will have. The flows below touch every capability.
import { contracts, ROLES, type ActionName } from '../../domain'
import { runTick } from '../../server/jobs/tick'
import { servingIndex, shapeKey } from '../../server/store/index-coverage'
import { QueryRecordingStore } from '../../server/store/query-recording-store'
import { createTestEnv, DEMO, ok, USER_OF_ROLE, type TestEnv } from '../support/local-env'
import { safePatrol, uploadPhoto } from '../support/patrols'
import { uploadAs } from '../support/sheets'

let env: TestEnv
let recorder: QueryRecordingStore

beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 4, now: '2026-11-20T10:00:00+08:00' })
  recorder = new QueryRecordingStore(env.rt.deps.store)
  env.rt.deps.store = recorder
})
afterAll(() => env.close())

it('every query of every capability is served by a declared index', async () => {
  const [house] = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 1 })
  // Each action with its documented example, as each role that may call it.
  for (const [name, c] of Object.entries(contracts) as Array<[ActionName, (typeof contracts)[ActionName]]>) {
    for (const role of c.unbound ? ROLES : c.roles) await env.call(USER_OF_ROLE[role], name, c.example as never)
  }
  // The flows that get past the examples' placeholders.
  const photo = async (u: string) => [{ fileId: await uploadPhoto(env, u), takenAt: '2026-11-20T09:00:00+08:00', lat: null, lng: null }]
  const patrol = ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(house!._id, { patrolledAt: '2026-11-20T09:30:00+08:00', judgment: 'suspectedDanger', photos: await photo(DEMO.inspectorYulong) })))
  let c = ok(await env.call(DEMO.inspectorYulong, 'case.get', { caseId: patrol.caseId! }))
  c = ok(await env.call(DEMO.inspectorYulong, 'case.transition', { caseId: c.id, transitionId: 'cov-1', expectRev: c.rev, action: 'reportToStreet', note: '' }))
  for (const stage of ['open', 'closed'] as const) ok(await env.call(DEMO.staffBachuan, 'case.list', { stage, overdueOnly: stage === 'open' }))
  ok(await env.call(DEMO.appraiserBachuan, 'case.list', { mine: true }))
  for (const u of [DEMO.staffBachuan, DEMO.inspectorYulong]) ok(await env.call(u, 'task.list', { status: 'open', overdueOnly: true }))
  ok(await env.call(DEMO.staffBachuan, 'patrol.submit', safePatrol(house!._id, { kind: 'street', patrolledAt: '2026-11-20T09:40:00+08:00', judgment: 'hazard', photos: await photo(DEMO.staffBachuan) })))
  const exported = ok(await env.call(DEMO.staffBachuan, 'ledger.export', { villageId: 'v-yulong' }))
  const fileId = await uploadAs(env, DEMO.staffBachuan, (await env.rt.files.get(exported.fileId))!.bytes)
  ok(await env.call(DEMO.staffBachuan, 'import.start', { importId: 'cov-imp', fileId, fileName: '台账.xlsx', source: 'ledger' }))
  for (let i = 0; i < 20; i++) ok(await env.call(DEMO.staffBachuan, 'import.step', { importId: 'cov-imp' }))
  ok(await env.call(DEMO.staffBachuan, 'import.rows', { importId: 'cov-imp', kind: 'unchanged' }))
  ok(await env.call(DEMO.staffBachuan, 'report.quarterlyStart', { reportId: 'cov-rep', quarter: '2026-Q4' }))
  for (let i = 0; i < 5; i++) ok(await env.call(DEMO.staffBachuan, 'report.quarterlyStep', { reportId: 'cov-rep' }))
  const alert = ok(await env.call(DEMO.staffBachuan, 'alert.issue', { alertId: 'cov-al', eventType: '1003', color: 'red', villageIds: ['v-yulong'], startsAt: '2026-11-20T10:00:00+08:00', endsAt: '2026-11-21T10:00:00+08:00', text: '暴雨' }))
  ok(await env.call(DEMO.staffBachuan, 'campaign.step', { campaignId: alert.campaignId! }))
  ok(await env.call(DEMO.staffBachuan, 'disaster.declare', { eventId: 'cov-de', kind: 'flood', occurredAt: '2026-11-20T06:00:00+08:00', villageIds: ['v-yulong'], description: '洪水' }))
  ok(await env.call(DEMO.inspectorYulong, 'disaster.report', { reportId: 'cov-dr', eventId: 'cov-de', houseId: house!._id, damage: 'general', peopleAffected: 1, measures: '', major: true, photos: [await uploadPhoto(env, DEMO.inspectorYulong)] }))
  for (const u of [DEMO.staffBachuan, DEMO.inspectorYulong]) ok(await env.call(u, 'disaster.list', {}))
  for (const day of ['2026-11-28', '2026-12-01', '2026-12-06', '2026-12-21']) {
    env.clock.set(`${day}T09:00:00+08:00`)
    await runTick(env.rt.deps)
  }

  const shapes = [...recorder.shapes.values()]
  expect(shapes.length).toBeGreaterThan(40)
  const unserved = shapes.filter((q) => servingIndex(q) === null).map(shapeKey)
  expect(unserved).toEqual([])
}, 180_000)

it('a query on a field no index starts with is reported as unserved', () => {
  expect(servingIndex({ collection: 'households', fields: ['headName'], orderBy: [] })).toBeNull()
  expect(servingIndex({ collection: 'households', fields: ['villageId', 'status'], orderBy: ['group'] })).not.toBeNull()
  expect(servingIndex({ collection: 'cases', fields: [], orderBy: [] })).toBeNull()
})
