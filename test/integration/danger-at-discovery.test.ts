// 五、应急处置 at discovery: a house judged 疑似危房 with people inside is on the critical
// list at once, and its evacuation, warning sign and fence are recorded before any appraisal.
import type { HouseDoc } from '../../server/store/docs'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { safePatrol, uploadPhoto } from '../support/patrols'

const INSPECTOR = DEMO.inspectorYulong
let env: TestEnv
let house: HouseDoc

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-28T10:00:00+08:00' })
  house = (await env.rt.store.collection('houses').get('ho-yulong-00001-1'))!
  await env.rt.store.collection('houses').update(house._id, { grade: null, gradedAt: null, occupancy: 'occupied' })
})
afterEach(() => env.close())

async function suspectedDanger(occupied = true) {
  const fileId = await uploadPhoto(env, INSPECTOR)
  return ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(house._id, {
    findings: { site: 'ok', foundation: 'ok', walls: 'serious', columnsBeams: 'minor', roof: 'ok', enclosure: 'ok' },
    judgment: 'suspectedDanger',
    occupied,
    photos: [{ fileId, takenAt: '2026-11-28T09:29:00+08:00', lat: null, lng: null }],
    notes: '东墙有贯通裂缝',
  })))
}

it('a house judged 疑似危房 with people inside is on the critical list at once, with its case', async () => {
  const patrol = await suspectedDanger()
  const row = ok(await env.call(DEMO.staffBachuan, 'case.critical', {})).find((h) => h.houseId === house._id)
  expect(row).toMatchObject({ grade: null, suspected: true, caseId: patrol.caseId })
  const figures = ok(await env.call(DEMO.staffBachuan, 'case.villageFigures', {}))
  expect(figures.find((f) => f.villageId === house.villageId)!.occupiedDangerous).toBe(0)
})

it('a 疑似危房 nobody lives in is not on the critical list', async () => {
  await suspectedDanger(false)
  expect(ok(await env.call(DEMO.staffBachuan, 'case.critical', {})).map((h) => h.houseId)).not.toContain(house._id)
})

it('an appraisal after the 疑似危房 judgment decides: graded A, the house leaves the critical list', async () => {
  await suspectedDanger()
  await env.rt.store.collection('houses').update(house._id, { grade: 'A', gradedAt: '2026-11-28T11:00:00+08:00' })
  expect(ok(await env.call(DEMO.staffBachuan, 'case.critical', {})).map((h) => h.houseId)).not.toContain(house._id)
})

it('evacuation, warning sign and fence are recorded with photos before any appraisal, and the house leaves the critical list', async () => {
  const patrol = await suspectedDanger()
  const caseId = patrol.caseId!
  const photo = await uploadPhoto(env, DEMO.staffBachuan)
  ok(await env.call(DEMO.staffBachuan, 'case.record', { caseId, entryId: 'en-evac-1', kind: 'evacuation', note: '已搬到儿子家住', photos: [photo], evacuatedOn: '2026-11-28', livingNow: 'relatives' }))
  ok(await env.call(DEMO.staffBachuan, 'case.record', { caseId, entryId: 'en-sign-1', kind: 'warningSign', note: '门口立了警示牌', photos: [photo] }))
  const detail = ok(await env.call(DEMO.staffBachuan, 'case.record', { caseId, entryId: 'en-fence-1', kind: 'fence', note: '四周拉了围栏', photos: [photo] }))
  expect(detail.stage).toBe('reported')
  const c = (await env.rt.store.collection('cases').get(caseId))!
  expect(c.emergency).toMatchObject({ evacuated: true, livingNow: 'relatives', signPosted: true, fenced: true })
  expect((await env.rt.store.collection('houses').get(house._id))!.occupancy).toBe('evacuated')
  expect(ok(await env.call(DEMO.staffBachuan, 'case.critical', {})).map((h) => h.houseId)).not.toContain(house._id)
})

it('a warning sign needs a photo of it', async () => {
  const patrol = await suspectedDanger()
  const r = await env.call(DEMO.staffBachuan, 'case.record', { caseId: patrol.caseId!, entryId: 'en-sign-2', kind: 'warningSign', note: '门口立了警示牌', photos: [] })
  expect(r.ok ? 'ok' : r.code).toBe('VALIDATION')
  expect(r.ok ? '' : r.message).toBe('请拍下警示标志的照片')
  const c = (await env.rt.store.collection('cases').get(patrol.caseId!))!
  expect(c.emergency?.signPosted ?? false).toBe(false)
})

it('measures taken at discovery carry into 应急处置 after the appraisal, without photographing the sign again', async () => {
  const patrol = await suspectedDanger()
  const caseId = patrol.caseId!
  const photo = await uploadPhoto(env, DEMO.staffBachuan)
  ok(await env.call(DEMO.staffBachuan, 'case.record', { caseId, entryId: 'en-evac-2', kind: 'evacuation', note: '已撤离', photos: [photo], evacuatedOn: '2026-11-28', livingNow: 'relatives' }))
  ok(await env.call(DEMO.staffBachuan, 'case.record', { caseId, entryId: 'en-sign-3', kind: 'warningSign', note: '立了警示牌', photos: [photo] }))
  ok(await env.call(DEMO.staffBachuan, 'case.record', { caseId, entryId: 'en-fence-3', kind: 'fence', note: '拉了围栏', photos: [photo] }))
  let c = ok(await env.call(DEMO.staffBachuan, 'case.get', { caseId }))
  let seq = 0
  const move = async (user: string, input: Record<string, unknown>) => (c = ok(await env.call(user, 'case.transition', { caseId, transitionId: `tr-d-${++seq}`, expectRev: c.rev, ...input } as never)))
  await move(INSPECTOR, { action: 'reportToStreet', note: '' })
  await move(DEMO.staffBachuan, { action: 'assignAppraisal', appraiserId: DEMO.appraiserBachuan, dueDate: '2026-12-05', firm: '' })
  await move(DEMO.appraiserBachuan, { action: 'startAppraisal', note: '' })
  const allA = { site: 'a', foundation: 'a', walls: 'a', columnsBeams: 'a', roofStructure: 'a', floors: 'a', enclosure: 'a' }
  await move(DEMO.appraiserBachuan, { action: 'submitAppraisal', findings: { ...allA, walls: 'd', columnsBeams: 'c' }, grade: 'D', overrideReason: '', advice: '拆除重建', photos: [await uploadPhoto(env, DEMO.appraiserBachuan)] })
  await move(DEMO.staffBachuan, { action: 'startEmergency', evacuated: true, evacuatedOn: '2026-11-28', livingNow: 'relatives', signPosted: true, fenced: true, photos: [], note: '' })
  expect(c).toMatchObject({ stage: 'emergency', emergency: { evacuated: true, signPosted: true, fenced: true } })
  expect((await env.rt.store.collection('houses').get(house._id))!.occupancy).toBe('evacuated')
})
