// 发现一户、鉴定一户、改造一户: one case from a farmer's report to close-out (销号).
import type { CaseDetail } from '../../domain'
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
const none = { cracks: false, leaning: false, roof: false, foundation: false, slope: false }
let seq = 0

async function farmerReports(): Promise<CaseDetail> {
  const me = ok(await env.call(DEMO.farmerYulong, 'auth.me', {}))
  const hh = ok(await env.call(DEMO.farmerYulong, 'household.get', { householdId: me.householdId! }))
  const photo = await uploadPhoto(env, DEMO.farmerYulong)
  const report = ok(await env.call(DEMO.farmerYulong, 'selfcheck.submit', {
    reportId: 'sc-walk', houseId: hh.houses[0]!.id, answers: { ...none, cracks: true, leaning: true }, description: '后墙开裂，有点歪',
    photos: [{ fileId: photo, takenAt: '2026-11-28T08:00:00+08:00', lat: null, lng: null }], checkedAt: '2026-11-28T08:00:00+08:00',
  }))
  return ok(await env.call(INSPECTOR, 'case.get', { caseId: report.caseId! }))
}

async function move(userId: string, c: CaseDetail, input: Record<string, unknown>): Promise<CaseDetail> {
  const r = await env.call(userId, 'case.transition', { caseId: c.id, transitionId: `tr-${++seq}`, expectRev: c.rev, ...input } as never)
  return ok(r)
}

const allA = { site: 'a', foundation: 'a', walls: 'a', columnsBeams: 'a', roofStructure: 'a', floors: 'a', enclosure: 'a' } as const

it('walks one case from a farmer\'s report to 销号 through every stage', async () => {
  let c = await farmerReports()
  expect(c).toMatchObject({ stage: 'reported', source: 'farmerReport', dueDate: '2026-12-01' })
  c = await move(INSPECTOR, c, { action: 'verify', note: '到现场看了，后墙有斜裂缝' })
  c = await move(INSPECTOR, c, { action: 'reportToStreet', note: '' })
  c = await move(STAFF, c, { action: 'assignAppraisal', appraiserId: APPRAISER, dueDate: '2026-12-05', firm: '' })
  expect(c).toMatchObject({ stage: 'awaitingAppraisal', dueDate: '2026-12-05' })
  c = await move(APPRAISER, c, { action: 'startAppraisal', note: '' })
  const photo = await uploadPhoto(env, APPRAISER)
  c = await move(APPRAISER, c, {
    action: 'submitAppraisal', findings: { ...allA, walls: 'd', columnsBeams: 'c' }, grade: 'D', overrideReason: '', advice: '整栋危房，立即撤离，拆除重建', photos: [photo],
  })
  expect(c.appraisal).toMatchObject({ proposed: 'D', proposedRule: 'R2', grade: 'D' })
  const house = async () => (await env.rt.store.collection('houses').get(c.houseId!))!
  expect((await house()).grade).toBe('D')
  expect((await env.rt.store.collection('households').get(c.householdId))!.worstGrade).toBe('D')

  const sign = await uploadPhoto(env, STAFF)
  c = await move(STAFF, c, { action: 'startEmergency', evacuated: true, evacuatedOn: '2026-11-28', livingNow: 'relatives', signPosted: true, fenced: true, photos: [sign], note: '' })
  expect((await house()).occupancy).toBe('evacuated')
  const approved = (date: string) => ({ date, result: 'approved', note: '' })
  c = await move(STAFF, c, { action: 'planRenovation', appliedBy: 'farmer', appliedOn: '2026-11-29', villageReview: approved('2026-11-30'), streetReview: approved('2026-12-01'), districtApproval: approved('2026-12-03') })
  c = await move(STAFF, c, { action: 'startRenovation', method: 'rebuild', ownFundsFen: 2_000_000, subsidyFen: 3_500_000, startedOn: '2026-12-10' })
  ok(await env.call(STAFF, 'case.record', { caseId: c.id, entryId: 'en-progress-1', kind: 'progress', note: '主体完工', photos: [await uploadPhoto(env, STAFF)] }))
  ok(await env.call(STAFF, 'supervision.record', {
    visitId: 'sv-hazard-1', caseId: c.id, visitedAt: '2026-11-28T09:50:00+08:00', checks: { siteSafety: 'ok', structure: 'ok', materials: 'ok', progress: 'ok' },
    photos: [await uploadPhoto(env, STAFF)],
  }))
  c = ok(await env.call(STAFF, 'case.get', { caseId: c.id }))
  c = await move(STAFF, c, { action: 'acceptRenovation', acceptedOn: '2027-03-01', photos: [await uploadPhoto(env, STAFF)], note: '' })
  c = await move(STAFF, c, { action: 'closeOut', route: 'renovated', reason: '', subsidyPaidOn: '2027-03-10' })

  expect(c).toMatchObject({ stage: 'closed', closeRoute: 'renovated', renovation: { ownFundsFen: 2_000_000, subsidyFen: 3_500_000, subsidyPaidOn: '2027-03-10' } })
  expect(c.timeline.map((e) => e.label)).toEqual(['农户上报', '村核实', '报街道', '安排鉴定', '开始鉴定', '提交鉴定结论', '应急处置', '纳入改造', '开始改造', '改造进度', '技术指导与监督', '竣工验收', '销号'])
  expect(await house()).toMatchObject({ grade: 'A', occupancy: 'occupied', openCaseId: null, renovatedBefore: true })
  // Every step, and the supervision visit, is in the audit log.
  expect(await env.rt.store.collection('audit').count({ subjectId: c.id })).toBe(11)
  // The farmer reads where his case stands in plain words.
  const mine = ok(await env.call(DEMO.farmerYulong, 'case.mine', {}))
  expect(mine[0]).toMatchObject({ stage: 'closed', plainWords: '已办结' })
  // And was told at every step he cares about, once each, the appraisal with its grade.
  const told = (await env.rt.store.collection('outbox').find({ where: { userId: DEMO.farmerYulong } })).filter((m) => m.kind === 'caseUpdate')
  expect(told.map((m) => m.fields.phrase2)).toEqual(['已收到', '村里已看过', '已报街道', '已安排鉴定', '鉴定已完成', '应急处置', '纳入改造', '正在改造', '改造已验收', '已办结'])
  expect(told.find((m) => m.fields.phrase2 === '鉴定已完成')!.body).toBe('鉴定结果：D级（整栋危房）。房屋有危险，请不要住在里面。')
})

it('an A or B appraisal closes the case with advice', async () => {
  let c = await farmerReports()
  c = await move(INSPECTOR, c, { action: 'reportToStreet', note: '' })
  c = await move(STAFF, c, { action: 'assignAppraisal', appraiserId: APPRAISER, dueDate: '2026-12-05', firm: '' })
  c = await move(APPRAISER, c, { action: 'startAppraisal', note: '' })
  c = await move(APPRAISER, c, { action: 'submitAppraisal', findings: { ...allA, walls: 'b' }, grade: 'B', overrideReason: '', advice: '修补裂缝', photos: [await uploadPhoto(env, APPRAISER)] })
  expect(ok(await env.call(STAFF, 'case.get', { caseId: c.id })).actions).toEqual(['closeSafe'])
  c = await move(STAFF, c, { action: 'closeSafe', advice: 'repair', note: '' })
  expect(c.stage).toBe('closed')
})

it('an appraiser who overrides the proposed grade must say why', async () => {
  let c = await farmerReports()
  c = await move(INSPECTOR, c, { action: 'reportToStreet', note: '' })
  c = await move(STAFF, c, { action: 'assignAppraisal', appraiserId: APPRAISER, dueDate: '2026-12-05', firm: '' })
  c = await move(APPRAISER, c, { action: 'startAppraisal', note: '' })
  const input = { caseId: c.id, transitionId: 'tr-override', expectRev: c.rev, action: 'submitAppraisal', findings: { ...allA, walls: 'b' }, grade: 'C', overrideReason: '', advice: '局部加固', photos: [await uploadPhoto(env, APPRAISER)] }
  const r = await env.call(APPRAISER, 'case.transition', input as never)
  expect(r.ok ? 'ok' : r.message).toBe('规则建议为 B 级（个别构件有问题，不影响主体结构安全），改为 C 级请写明理由')
  const done = ok(await env.call(APPRAISER, 'case.transition', { ...input, overrideReason: '墙体裂缝发展快，按 C 级处理' } as never))
  expect(done.appraisal).toMatchObject({ proposed: 'B', grade: 'C', overrideReason: '墙体裂缝发展快，按 C 级处理' })
})

describe('forbidden moves', () => {
  it('skipping ahead is an illegal transition and writes nothing', async () => {
    const c = await farmerReports()
    const before = env.snapshot()
    const r = await env.call(STAFF, 'case.transition', { caseId: c.id, transitionId: 'tr-skip', expectRev: c.rev, action: 'startRenovation', method: 'rebuild', ownFundsFen: 0, subsidyFen: 0, startedOn: '2026-12-01' })
    expect(r.ok ? 'ok' : `${r.code}: ${r.message}`).toBe('ILLEGAL_TRANSITION: 案件现在是“已上报”，不能开始改造')
    expect(env.snapshot()).toBe(before)
  })

  it('only the assigned appraiser may appraise', async () => {
    let c = await farmerReports()
    c = await move(INSPECTOR, c, { action: 'reportToStreet', note: '' })
    c = await move(STAFF, c, { action: 'assignAppraisal', appraiserId: APPRAISER, dueDate: '2026-12-05', firm: '' })
    const r = await env.call(DEMO.staffAppraiserBachuan, 'case.transition', { caseId: c.id, transitionId: 'tr-other', expectRev: c.rev, action: 'startAppraisal', note: '' })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  })

  it('an inspector cannot assign an appraisal', async () => {
    let c = await farmerReports()
    c = await move(INSPECTOR, c, { action: 'reportToStreet', note: '' })
    const r = await env.call(INSPECTOR, 'case.transition', { caseId: c.id, transitionId: 'tr-insp', expectRev: c.rev, action: 'assignAppraisal', appraiserId: APPRAISER, dueDate: '2026-12-05', firm: '' })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  })

  it('renovation needs every review approved', async () => {
    let c = await farmerReports()
    c = await move(INSPECTOR, c, { action: 'reportToStreet', note: '' })
    c = await move(STAFF, c, { action: 'assignAppraisal', appraiserId: APPRAISER, dueDate: '2026-12-05', firm: '' })
    c = await move(APPRAISER, c, { action: 'startAppraisal', note: '' })
    c = await move(APPRAISER, c, { action: 'submitAppraisal', findings: { ...allA, foundation: 'd' }, grade: 'D', overrideReason: '', advice: '撤离', photos: [await uploadPhoto(env, APPRAISER)] })
    c = await move(STAFF, c, { action: 'startEmergency', evacuated: false, livingNow: 'stillInside', signPosted: false, fenced: false, photos: [], note: '' })
    const r = await env.call(STAFF, 'case.transition', {
      caseId: c.id, transitionId: 'tr-plan', expectRev: c.rev, action: 'planRenovation', appliedBy: 'inspector', appliedOn: '2026-11-29',
      villageReview: { date: '2026-11-30', result: 'approved', note: '' }, streetReview: { date: '2026-12-01', result: 'approved', note: '' }, districtApproval: { date: '2026-12-03', result: 'rejected', note: '材料不全' },
    })
    expect(r.ok ? 'ok' : r.message).toBe('区级审批未通过，不能纳入改造')
    // Still inside a D house: the leader sees it first.
    expect(ok(await env.call(DEMO.leaderBachuan, 'case.critical', {})).map((h) => h.houseId)).toContain(c.houseId)
  })
})

it('two people moving the same case at once: one wins, the other gets CONFLICT', async () => {
  const c = await farmerReports()
  const [a, b] = await Promise.all([
    env.call(INSPECTOR, 'case.transition', { caseId: c.id, transitionId: 'tr-a', expectRev: c.rev, action: 'verify', note: '甲核实' }),
    env.call(STAFF, 'case.transition', { caseId: c.id, transitionId: 'tr-b', expectRev: c.rev, action: 'reportToStreet', note: '乙上报' }),
  ])
  const outcomes = [a.ok ? 'ok' : a.code, b.ok ? 'ok' : b.code].sort()
  expect(outcomes).toEqual(['CONFLICT', 'ok'])
  const loser = a.ok ? b : a
  if (!loser.ok) expect(loser.message).toContain('您填写的内容还在')
})

it('a transition replayed with the same id happens once', async () => {
  const c = await farmerReports()
  const input = { caseId: c.id, transitionId: 'tr-replay', expectRev: c.rev, action: 'verify' as const, note: '核实' }
  ok(await env.call(INSPECTOR, 'case.transition', input))
  const again = ok(await env.call(INSPECTOR, 'case.transition', input))
  expect(again.timeline.filter((e) => e.action === 'verify')).toHaveLength(1)
})

it('on the demo data the leader sees every C/D house that still has people living in it', async () => {
  const critical = ok(await env.call(DEMO.leaderBachuan, 'case.critical', {}))
  const raw = (await env.rt.store.collection('houses').find({ where: { streetId: 's-bachuan', grade: { $in: ['C', 'D'] }, occupancy: 'occupied' } }))
  expect(raw.length).toBeGreaterThan(0)
  expect(critical.map((h) => h.houseId).sort()).toEqual(raw.map((h) => h._id).sort())
  expect(critical[0]!.grade).toBe('D')
})

it('village figures count found, appraised, dangerous and overdue cases', async () => {
  const c = await farmerReports()
  env.clock.set('2026-12-05T10:00:00+08:00')
  const figures = ok(await env.call(DEMO.leaderBachuan, 'case.villageFigures', {}))
  const yulong = figures.find((f) => f.villageId === c.villageId)!
  expect(yulong).toMatchObject({ found: 1, appraised: 0, overdue: 1 })
})
