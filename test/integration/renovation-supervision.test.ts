// 技术指导与监督 (seed 五): street staff record visits to the works with a checklist and
// stamped photos, and no case reaches 竣工验收 before at least one visit.
import type { CaseDetail } from '../../domain'
import '../support/matchers'
import { aCaseAt, aHouseWithoutCase } from '../support/builders'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { uploadPhoto } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const STAFF = DEMO.staffBachuan
const AT = '2026-11-28T09:30:00+08:00'
const allOk = { siteSafety: 'ok', structure: 'ok', materials: 'ok', progress: 'ok' } as const

/** A case in 改造中 that nobody has supervised yet. */
async function unsupervisedRenovation(): Promise<CaseDetail> {
  const c = await aCaseAt(env, 'case-works', await aHouseWithoutCase(env), 'renovating')
  return ok(await env.call(STAFF, 'case.get', { caseId: c._id }))
}

async function visit(caseId: string, visitId: string, over: Record<string, unknown> = {}, user: string = STAFF) {
  return env.call(user, 'supervision.record', {
    visitId, caseId, visitedAt: AT, checks: allOk, note: '',
    photos: [await uploadPhoto(env, user)], ...over,
  } as never)
}

it('works nobody of the street supervised are not accepted, and nothing is written', async () => {
  const c = await unsupervisedRenovation()
  const photo = await uploadPhoto(env, STAFF)
  const before = env.snapshot()
  const refused = await env.call(STAFF, 'case.transition', { caseId: c.id, transitionId: 'tr-accept-early', expectRev: c.rev, action: 'acceptRenovation', acceptedOn: '2026-11-28', photos: [photo], note: '' })
  expect(refused).toFailWith('ILLEGAL_TRANSITION')
  expect(!refused.ok && refused.message).toContain('技术指导与监督')
  expect(env.snapshot()).toBe(before)
})

it('after one supervision visit the works are accepted, and the visit is in the timeline', async () => {
  let c = await unsupervisedRenovation()
  const recorded = await visit(c.id, 'sv-one', { checks: { ...allOk, materials: 'issue' }, note: '砖块强度不足，已要求退换' })
  expect(recorded).toSucceed()
  expect(ok(recorded)).toMatchObject({ issues: 1, byName: expect.any(String), photos: [{ missing: false }] })
  c = ok(await env.call(STAFF, 'case.get', { caseId: c.id }))
  expect(c.timeline.find((e) => e.action === 'supervision')).toMatchObject({ label: '技术指导与监督', note: '材料质量有问题：砖块强度不足，已要求退换' })
  expect(ok(await env.call(DEMO.leaderBachuan, 'supervision.list', { caseId: c.id }))).toHaveLength(1)

  const done = await env.call(STAFF, 'case.transition', { caseId: c.id, transitionId: 'tr-accept', expectRev: c.rev, action: 'acceptRenovation', acceptedOn: '2026-11-28', photos: [await uploadPhoto(env, STAFF)], note: '' })
  expect(done).toSucceed()
  expect(ok(done).stage).toBe('accepted')
})

it('a retried visit is recorded once', async () => {
  const c = await unsupervisedRenovation()
  const photos = [await uploadPhoto(env, STAFF)]
  const input = { visitId: 'sv-retry', caseId: c.id, visitedAt: AT, checks: allOk, note: '', photos }
  expect(await env.call(STAFF, 'supervision.record', input)).toSucceed()
  expect(await env.call(STAFF, 'supervision.record', input)).toSucceed()
  expect(await env.rt.store.collection('supervisionVisits').count({ caseId: c.id })).toBe(1)
  expect((await env.rt.store.collection('caseEvents').find({ where: { caseId: c.id } })).filter((e) => e.action === 'supervision')).toHaveLength(1)
})

it('a problem found must be written down', async () => {
  const c = await unsupervisedRenovation()
  expect(await visit(c.id, 'sv-silent', { checks: { ...allOk, siteSafety: 'issue' } })).toFailWith('VALIDATION')
})

it('visits are recorded only while the works are under way', async () => {
  const planned = await aCaseAt(env, 'case-planned', await aHouseWithoutCase(env), 'renovationPlanned')
  expect(await visit(planned._id, 'sv-too-early')).toFailWith('ILLEGAL_TRANSITION')
})

it('东城 staff cannot record a visit on a 巴川 case', async () => {
  const c = await unsupervisedRenovation()
  expect(await visit(c.id, 'sv-foreign', {}, DEMO.staffDongcheng)).toFailWith('FORBIDDEN')
  expect(await env.rt.store.collection('supervisionVisits').count({ caseId: c.id })).toBe(0)
})
