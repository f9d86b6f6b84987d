// 鉴定人员: his home is his queue, he is told when work is assigned, and a firm's
// appraiser reads only the houses assigned to him.
import type { CaseDetail } from '../../domain'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { uploadPhoto } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 4, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const INSPECTOR = DEMO.inspectorYulong
const STAFF = DEMO.staffBachuan
const APPRAISER = DEMO.appraiserBachuan
const allA = { site: 'a', foundation: 'a', walls: 'a', columnsBeams: 'a', roofStructure: 'a', floors: 'a', enclosure: 'a' } as const
let seq = 0

async function move(userId: string, c: CaseDetail, input: Record<string, unknown>): Promise<CaseDetail> {
  return ok(await env.call(userId, 'case.transition', { caseId: c.id, transitionId: `tr-q-${++seq}`, expectRev: c.rev, ...input } as never))
}

/** A hazard at the house, verified, reported to the street and assigned to the appraiser. */
async function assigned(houseId: string, dueDate: string): Promise<CaseDetail> {
  let c = ok(await env.call(INSPECTOR, 'case.open', { caseId: `case-${houseId}`, houseId, summary: '墙体开裂' }))
  c = await move(INSPECTOR, c, { action: 'verify', note: '到现场看了' })
  c = await move(INSPECTOR, c, { action: 'reportToStreet', note: '' })
  return move(STAFF, c, { action: 'assignAppraisal', appraiserId: APPRAISER, dueDate, firm: '渝安鉴定公司' })
}

it("an appraiser's home lists his assignments, overdue first", async () => {
  const later = await assigned('ho-yulong-00001-1', '2026-12-10')
  const overdue = await assigned('ho-yulong-00002-1', '2026-11-30')
  const done = await assigned('ho-yulong-00003-1', '2026-12-05')
  let d = await move(APPRAISER, done, { action: 'startAppraisal', note: '' })
  d = await move(APPRAISER, d, { action: 'submitAppraisal', findings: allA, grade: 'A', overrideReason: '', advice: '房屋安全', photos: [await uploadPhoto(env, APPRAISER)] })
  env.clock.set('2026-12-02T09:00:00+08:00')

  const queue = ok(await env.call(APPRAISER, 'appraisal.queue', {}))
  expect(queue.todo.map((c) => [c.id, c.overdue])).toEqual([[overdue.id, true], [later.id, false]])
  expect(queue.done.map((c) => c.id)).toEqual([d.id])
  // The street office sees no queue of its own.
  expect(await env.call(STAFF, 'appraisal.queue', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
})

it('an appraiser is told when a case is assigned to him', async () => {
  const c = await assigned('ho-yulong-00001-1', '2026-12-05')
  const inbox = await env.rt.store.collection('inbox').find({ where: { userId: APPRAISER } })
  expect(inbox).toHaveLength(1)
  expect(inbox[0]).toMatchObject({ title: '新的房屋鉴定任务', page: `street/pages/appraisal/index?caseId=${c.id}` })
  expect(inbox[0]!.body).toContain('12月5日')
  const push = await env.rt.store.collection('outbox').find({ where: { userId: APPRAISER } })
  expect(push).toHaveLength(1)
  expect(push[0]!.fields).toMatchObject({ thing1: '房屋鉴定任务', time2: '2026-12-05 23:59' })
  // A replay of the assignment tells him nothing new.
  ok(await env.call(STAFF, 'case.transition', { caseId: c.id, transitionId: `tr-q-${seq}`, expectRev: c.rev - 1, action: 'assignAppraisal', appraiserId: APPRAISER, dueDate: '2026-12-05', firm: '渝安鉴定公司' }))
  expect(await env.rt.store.collection('inbox').count({ userId: APPRAISER })).toBe(1)
})

it("a firm's appraiser sees only the houses assigned to him", async () => {
  const c = await assigned('ho-yulong-00001-1', '2026-12-05')
  const other = (await env.rt.store.collection('houses').get('ho-yulong-00002-1'))!
  const otherCase = ok(await env.call(INSPECTOR, 'case.open', { caseId: 'case-not-his', houseId: other._id, summary: '屋面漏雨' }))

  const list = ok(await env.call(APPRAISER, 'household.list', { page: 1, pageSize: 50 }))
  expect(list.items.map((h) => h.id)).toEqual([c.householdId])
  ok(await env.call(APPRAISER, 'household.get', { householdId: c.householdId }))
  ok(await env.call(APPRAISER, 'house.get', { houseId: c.houseId! }))
  ok(await env.call(APPRAISER, 'case.get', { caseId: c.id }))
  expect(await env.call(APPRAISER, 'household.get', { householdId: other.householdId })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  expect(await env.call(APPRAISER, 'house.get', { houseId: other._id })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  expect(await env.call(APPRAISER, 'household.history', { householdId: other.householdId })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  expect(await env.call(APPRAISER, 'case.get', { caseId: otherCase.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  const cases = ok(await env.call(APPRAISER, 'case.list', { stage: 'open' }))
  expect(cases.items.map((x) => x.id)).toEqual([c.id])
  // Someone who is street staff as well keeps the whole street.
  const both = ok(await env.call(DEMO.staffAppraiserBachuan, 'household.get', { householdId: other.householdId }))
  expect(both.id).toBe(other.householdId)
})
