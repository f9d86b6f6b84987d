// 由农户本人提出危房改造申请 (seed 四(二)): the farmer asks in the app on his own C/D case, and
// the street sees it where it plans the renovation.
import type { CaseDetail } from '../../domain'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { uploadPhoto } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const FARMER = DEMO.farmerYulong
const INSPECTOR = DEMO.inspectorYulong
const STAFF = DEMO.staffBachuan
const APPRAISER = DEMO.appraiserBachuan
let seq = 0
const allA = { site: 'a', foundation: 'a', walls: 'a', columnsBeams: 'a', roofStructure: 'a', floors: 'a', enclosure: 'a' } as const

async function move(userId: string, c: CaseDetail, input: Record<string, unknown>): Promise<CaseDetail> {
  return ok(await env.call(userId, 'case.transition', { caseId: c.id, transitionId: `tr-rr-${++seq}`, expectRev: c.rev, ...input } as never))
}

async function farmersCaseToAppraisal(): Promise<CaseDetail> {
  const me = ok(await env.call(FARMER, 'auth.me', {}))
  const houseId = ok(await env.call(FARMER, 'household.get', { householdId: me.householdId! })).houses[0]!.id
  const photo = await uploadPhoto(env, FARMER)
  const r = ok(await env.call(FARMER, 'selfcheck.submit', {
    reportId: 'sc-rr', houseId, answers: { cracks: true, leaning: false, roof: false, foundation: false, slope: false }, description: '后墙开裂',
    photos: [{ fileId: photo, takenAt: '2026-11-28T08:00:00+08:00', lat: null, lng: null }], checkedAt: '2026-11-28T08:00:00+08:00',
  }))
  let c = ok(await env.call(INSPECTOR, 'case.get', { caseId: r.caseId! }))
  c = await move(INSPECTOR, c, { action: 'verify', note: '属实' })
  c = await move(INSPECTOR, c, { action: 'reportToStreet', note: '' })
  c = await move(STAFF, c, { action: 'assignAppraisal', appraiserId: APPRAISER, dueDate: '2026-12-05', firm: '' })
  return move(APPRAISER, c, { action: 'startAppraisal', note: '' })
}

it('the farmer asks for renovation and the street sees it', async () => {
  let c = await farmersCaseToAppraisal()
  // Not before the house is graded C or D.
  expect(await env.call(FARMER, 'case.requestRenovation', { caseId: c.id, note: '' })).toMatchObject({ ok: false, code: 'VALIDATION' })
  c = await move(APPRAISER, c, { action: 'submitAppraisal', findings: { ...allA, walls: 'd', columnsBeams: 'c' }, grade: 'D', overrideReason: '', advice: '拆除重建', photos: [await uploadPhoto(env, APPRAISER)] })
  c = await move(STAFF, c, { action: 'startEmergency', evacuated: true, evacuatedOn: '2026-11-28', livingNow: 'relatives', signPosted: true, fenced: true, photos: [await uploadPhoto(env, STAFF)], note: '' })

  const asked = ok(await env.call(FARMER, 'case.requestRenovation', { caseId: c.id, note: '想拆了重建' }))
  expect(asked.renovationRequest).toMatchObject({ on: '2026-11-28', note: '想拆了重建' })
  // Asking again changes nothing.
  expect(ok(await env.call(FARMER, 'case.requestRenovation', { caseId: c.id, note: '再问一次' })).renovationRequest).toMatchObject({ note: '想拆了重建' })

  const seen = ok(await env.call(STAFF, 'case.get', { caseId: c.id }))
  expect(seen.renovationRequest).toMatchObject({ on: '2026-11-28' })
  expect(seen.timeline.filter((e) => e.action === 'renovationRequest')).toHaveLength(1)
  const told = (await env.rt.store.collection('inbox').find({ where: { userId: STAFF } })).filter((m) => m.title.includes('申请危房改造'))
  expect(told).toHaveLength(1)
  const audited = await env.rt.store.collection('audit').find({ where: { subjectId: c.id } })
  expect(audited.filter((a) => a.action === 'case.requestRenovation')).toHaveLength(1)
  // The street plans it with the farmer's request as the application.
  const planned = await move(STAFF, seen, {
    action: 'planRenovation', appliedBy: 'farmer', appliedOn: seen.renovationRequest!.on,
    villageReview: { date: '2026-11-30', result: 'approved', note: '' }, streetReview: { date: '2026-12-01', result: 'approved', note: '' }, districtApproval: { date: '2026-12-03', result: 'approved', note: '' },
  })
  expect(planned.renovation).toMatchObject({ appliedBy: 'farmer', appliedOn: '2026-11-28' })
})

it("a farmer cannot ask for renovation on another household's case", async () => {
  const c = await farmersCaseToAppraisal()
  expect(await env.call('u-farmer-shizi', 'case.requestRenovation', { caseId: c.id, note: '' })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
})
