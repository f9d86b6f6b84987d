// Messages and case notes are read by people: dates in them are written as people write
// them (12月5日), never as ISO strings (2026-12-05). Template `time` fields of subscription
// messages keep WeChat's format and are not looked at here.
import type { CaseDetail } from '../../domain'
import { runTick } from '../../server/jobs/tick'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { uploadPhoto } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const INSPECTOR = DEMO.inspectorYulong
const STAFF = DEMO.staffBachuan
const APPRAISER = DEMO.appraiserBachuan
const ISO_DATE = /\d{4}-\d{1,2}(-\d{1,2})?/
let seq = 0

async function move(userId: string, c: CaseDetail, input: Record<string, unknown>): Promise<CaseDetail> {
  return ok(await env.call(userId, 'case.transition', { caseId: c.id, transitionId: `tr-dw-${++seq}`, expectRev: c.rev, ...input } as never))
}

async function reportedCase(): Promise<CaseDetail> {
  const me = ok(await env.call(DEMO.farmerYulong, 'auth.me', {}))
  const hh = ok(await env.call(DEMO.farmerYulong, 'household.get', { householdId: me.householdId! }))
  const photo = await uploadPhoto(env, DEMO.farmerYulong)
  const report = ok(await env.call(DEMO.farmerYulong, 'selfcheck.submit', {
    reportId: 'sc-dates', houseId: hh.houses[0]!.id, answers: { cracks: true, leaning: false, roof: false, foundation: false, slope: false }, description: '墙裂了',
    photos: [{ fileId: photo, takenAt: '2026-11-28T08:00:00+08:00', lat: null, lng: null }], checkedAt: '2026-11-28T08:00:00+08:00',
  }))
  return ok(await env.call(INSPECTOR, 'case.get', { caseId: report.caseId! }))
}

it('a case note says 期限 12月5日 and 11月29日 申请, not ISO dates', async () => {
  let c = await reportedCase()
  c = await move(INSPECTOR, c, { action: 'verify', note: '看过了' })
  c = await move(INSPECTOR, c, { action: 'reportToStreet', note: '' })
  c = await move(STAFF, c, { action: 'assignAppraisal', appraiserId: APPRAISER, dueDate: '2026-12-05', firm: '' })
  expect(c.timeline.at(-1)!.note).toContain('期限 12月5日')
  c = await move(APPRAISER, c, { action: 'startAppraisal', note: '' })
  const allA = { site: 'a', foundation: 'a', walls: 'd', columnsBeams: 'c', roofStructure: 'a', floors: 'a', enclosure: 'a' }
  c = await move(APPRAISER, c, { action: 'submitAppraisal', findings: allA, grade: 'D', overrideReason: '', advice: '拆除重建', photos: [await uploadPhoto(env, APPRAISER)] })
  c = await move(STAFF, c, { action: 'startEmergency', evacuated: true, evacuatedOn: '2026-11-28', livingNow: 'relatives', signPosted: true, fenced: true, photos: [await uploadPhoto(env, STAFF)], note: '' })
  const approved = (date: string) => ({ date, result: 'approved', note: '' })
  c = await move(STAFF, c, { action: 'planRenovation', appliedBy: 'farmer', appliedOn: '2026-11-29', villageReview: approved('2026-11-30'), streetReview: approved('2026-12-01'), districtApproval: approved('2027-01-03') })
  // Another year than today's is said with its year.
  expect(c.timeline.at(-1)!.note).toBe('11月29日 申请，区级 2027年1月3日 批准')
  for (const e of c.timeline) expect(e.note).not.toMatch(ISO_DATE)
})

it('the appraiser is asked to finish 请在 12月5日 前完成', async () => {
  let c = await reportedCase()
  c = await move(INSPECTOR, c, { action: 'verify', note: '看过了' })
  c = await move(INSPECTOR, c, { action: 'reportToStreet', note: '' })
  await move(STAFF, c, { action: 'assignAppraisal', appraiserId: APPRAISER, dueDate: '2026-12-05', firm: '' })
  const [notice] = await env.rt.store.collection('inbox').find({ where: { userId: APPRAISER, title: '新的房屋鉴定任务' } })
  expect(notice!.body).toContain('请在 12月5日 前完成')
  expect(notice!.body).not.toMatch(ISO_DATE)
})

it('no message the scheduler writes over a month of deadlines carries an ISO date', async () => {
  let c = await reportedCase()
  c = await move(INSPECTOR, c, { action: 'verify', note: '看过了' })
  c = await move(INSPECTOR, c, { action: 'reportToStreet', note: '' })
  await move(STAFF, c, { action: 'assignAppraisal', appraiserId: APPRAISER, dueDate: '2026-12-05', firm: '' })
  for (let day = 0; day < 14; day++) {
    env.clock.advanceDays(1)
    await runTick(env.rt.deps)
  }
  const inbox = await env.rt.store.collection('inbox').find({ limit: 5000 })
  expect(inbox.length).toBeGreaterThan(5)
  const iso = inbox.filter((m) => ISO_DATE.test(m.title) || ISO_DATE.test(m.body)).map((m) => `${m.title} | ${m.body}`)
  expect(iso).toEqual([])
})
