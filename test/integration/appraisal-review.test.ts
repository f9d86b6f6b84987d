// 鉴定准确 (seed 四(三)): street staff draw completed appraisals for a second appraiser, who
// grades each house without seeing the first grade; a different grade is flagged on the
// review and on the case, as a village/street patrol disagreement is.
import type { Grade } from '../../domain'
import '../support/matchers'
import { aCaseAt, aHouseWithoutCase, ORG } from '../support/builders'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const STAFF = DEMO.staffBachuan
const REVIEWER = DEMO.appraiserBachuan
const OTHER_APPRAISER = DEMO.staffAppraiserBachuan

async function appraised(caseId: string, grade: Grade, appraiserId: string, villageId: string = ORG.yulong) {
  const appraisal = { findings: {}, proposed: grade, proposedRule: 'R1', grade, overrideReason: '', advice: '按导则处理', appraiserId, at: '2026-11-01T02:00:00.000Z', photos: [], reportFileId: null }
  return aCaseAt(env, caseId, await aHouseWithoutCase(env, villageId), 'emergency', { appraisedGrade: grade, appraisal, renovation: null })
}

const draw = (drawId: string, count = 5, user: string = STAFF, reviewerId: string = REVIEWER) => env.call(user, 'appraisalReview.draw', { drawId, count, reviewerId, dueDate: '2026-12-15' })

it('a draw gives the reviewer completed appraisals of others, never his own, and tells him once', async () => {
  await appraised('case-own-work', 'D', REVIEWER)
  await appraised('case-other-work', 'C', OTHER_APPRAISER, ORG.shizi)
  const drawn = ok(await draw('ard-1'))
  expect(drawn.map((r) => r.caseId)).toEqual(['case-other-work'])
  const told = (await env.rt.store.collection('inbox').find({ where: { userId: REVIEWER } })).filter((m) => m.title === '鉴定复核任务')
  expect(told).toHaveLength(1)
  // Each appraisal is reviewed once.
  expect(await draw('ard-2')).toFailWith('VALIDATION')
})

it('the reviewer grades blind; a different grade needs a reason and flags the review and the case', async () => {
  await appraised('case-graded-d', 'D', OTHER_APPRAISER)
  const [r] = ok(await draw('ard-blind'))
  const mine = ok(await env.call(REVIEWER, 'appraisalReview.list', {}))
  expect(mine).toEqual([expect.objectContaining({ id: r!.id, firstGrade: null, firstAppraiserName: '', status: 'open' })])
  expect(await env.call(REVIEWER, 'appraisalReview.submit', { reviewId: r!.id, grade: 'C', note: '' })).toFailWith('VALIDATION')
  const done = ok(await env.call(REVIEWER, 'appraisalReview.submit', { reviewId: r!.id, grade: 'C', note: '墙体裂缝未贯通，局部危险' }))
  expect(done).toMatchObject({ status: 'done', reviewGrade: 'C', disagrees: true, firstGrade: 'D' })
  expect((await env.rt.store.collection('cases').get('case-graded-d'))!.appraisalDisputedBy).toBe(r!.id)
  expect(ok(await env.call(STAFF, 'case.get', { caseId: 'case-graded-d' })).appraisal!.review).toMatchObject({ grade: 'C', agrees: false, note: '墙体裂缝未贯通，局部危险' })
  expect(ok(await env.call(DEMO.leaderBachuan, 'appraisalReview.list', {}))[0]).toMatchObject({ disagrees: true, firstGrade: 'D', reviewGrade: 'C' })
})

it('the same grade agrees and flags nothing', async () => {
  await appraised('case-agreed', 'C', OTHER_APPRAISER)
  const [r] = ok(await draw('ard-agree'))
  expect(ok(await env.call(REVIEWER, 'appraisalReview.submit', { reviewId: r!.id, grade: 'C', note: '' }))).toMatchObject({ disagrees: false })
  expect((await env.rt.store.collection('cases').get('case-agreed'))!.appraisalDisputedBy ?? null).toBeNull()
})

it('a retried draw draws once', async () => {
  await appraised('case-a', 'C', OTHER_APPRAISER)
  await appraised('case-b', 'D', OTHER_APPRAISER, ORG.jinlong)
  const first = ok(await draw('ard-retry', 1))
  const again = ok(await draw('ard-retry', 1))
  expect(again.map((r) => r.id)).toEqual(first.map((r) => r.id))
  expect(await env.rt.store.collection('appraisalReviews').count({ drawId: 'ard-retry' })).toBe(1)
})

it('only the chosen reviewer grades, and 东城 staff never send 巴川 appraisers', async () => {
  await appraised('case-x', 'C', OTHER_APPRAISER)
  const [r] = ok(await draw('ard-who'))
  expect(await env.call(OTHER_APPRAISER, 'appraisalReview.submit', { reviewId: r!.id, grade: 'C', note: '' })).toFailWith('NOT_FOUND')
  expect(await draw('ard-foreign', 3, DEMO.staffDongcheng)).toFailWith('VALIDATION')
  expect(ok(await env.call(DEMO.staffDongcheng, 'appraisalReview.list', {}))).toEqual([])
})
