// 纳入改造计划 (seed 五, 六): the street's yearly renovation plan — households, method,
// planned and paid funds in fen, progress from the case — kept with reasons and exported.
import '../support/matchers'
import { aCaseAt, aHousehold, aHouseWithoutCase, ORG } from '../support/builders'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { readXlsx } from '../support/sheets'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const STAFF = DEMO.staffBachuan
const add = (entryId: string, householdId: string, over: Record<string, unknown> = {}, user: string = STAFF) =>
  env.call(user, 'renovationPlan.add', { entryId, year: 2026, householdId, method: 'rebuild', plannedFen: 3_500_000, reason: 'D 级危房，区级已批准', ...over } as never)

it('a household in the plan shows its method, funds in fen and the progress of its case', async () => {
  const house = await aHouseWithoutCase(env)
  await aCaseAt(env, 'case-plan-works', house, 'renovating')
  expect(await add('rp-1', house.householdId, { paidFen: 1_000_050 })).toSucceed()
  const plan = ok(await env.call(DEMO.leaderBachuan, 'renovationPlan.list', { year: 2026 }))
  expect(plan.entries).toEqual([expect.objectContaining({ householdId: house.householdId, method: 'rebuild', plannedFen: 3_500_000, paidFen: 1_000_050, progress: { stage: 'renovating', label: '改造中', caseId: 'case-plan-works' } })])
  expect(plan.totals).toMatchObject({ households: 1, plannedFen: 3_500_000, paidFen: 1_000_050 })
  expect(plan.entries[0]!.headNameMasked).toMatch(/\*/)
})

it('a household is in one year\'s plan once; a retried add adds it once', async () => {
  const hh = await aHousehold(env)
  expect(await add('rp-once', hh._id)).toSucceed()
  expect(await add('rp-once', hh._id)).toSucceed()
  expect(await add('rp-twice', hh._id)).toFailWith('CONFLICT')
  expect(ok(await env.call(STAFF, 'renovationPlan.list', { year: 2026 })).entries).toHaveLength(1)
})

it('taken out with a reason, the household leaves the totals and the reason is kept and audited', async () => {
  const hh = await aHousehold(env)
  ok(await add('rp-out', hh._id))
  expect(await env.call(STAFF, 'renovationPlan.remove', { entryId: 'rp-out', reason: '农户已投亲，不再改造' })).toSucceed()
  const plan = ok(await env.call(STAFF, 'renovationPlan.list', { year: 2026 }))
  expect(plan.entries).toEqual([])
  expect(plan.removed).toEqual([expect.objectContaining({ householdId: hh._id, removedReason: '农户已投亲，不再改造' })])
  expect(plan.totals.households).toBe(0)
  expect((await env.rt.store.collection('audit').find({ where: { subjectId: 'rp-out' } })).map((a) => a.action).sort()).toEqual(['renovationPlan.add', 'renovationPlan.remove'])
  // Taken out, it may be planned again.
  expect(await add('rp-again', hh._id)).toSucceed()
})

it('paid funds never exceed the planned funds', async () => {
  const hh = await aHousehold(env)
  expect(await add('rp-over', hh._id, { plannedFen: 100, paidFen: 101 })).toFailWith('VALIDATION')
  ok(await add('rp-funds', hh._id))
  expect(await env.call(STAFF, 'renovationPlan.setFunds', { entryId: 'rp-funds', method: 'reinforce', plannedFen: 1_500_000, paidFen: 1_600_000 })).toFailWith('VALIDATION')
  expect(ok(await env.call(STAFF, 'renovationPlan.setFunds', { entryId: 'rp-funds', method: 'reinforce', plannedFen: 1_500_000, paidFen: 750_000 }))).toMatchObject({ method: 'reinforce', paidFen: 750_000 })
})

it('a 巴川 plan never takes a 东城 household, and 东城 staff never see or change 巴川 entries', async () => {
  const dongcheng = await aHousehold(env, ORG.qingshan)
  expect(await add('rp-foreign', dongcheng._id)).toFailWith('NOT_FOUND')
  ok(await add('rp-bachuan', (await aHousehold(env))._id))
  expect(ok(await env.call(DEMO.staffDongcheng, 'renovationPlan.list', { year: 2026 })).entries).toEqual([])
  expect(await env.call(DEMO.staffDongcheng, 'renovationPlan.remove', { entryId: 'rp-bachuan', reason: '试试' })).toFailWith('NOT_FOUND')
})

it('the plan exports as a workbook with funds in yuan and a totals row', async () => {
  const hh = await aHousehold(env)
  ok(await add('rp-x', hh._id, { plannedFen: 3_500_050, paidFen: 1_000_000 }))
  const out = ok(await env.call(STAFF, 'renovationPlan.export', { year: 2026 }))
  expect(out).toMatchObject({ rows: 1, fileName: '巴川街道2026年危房改造计划.xlsx' })
  const rows = await readXlsx((await env.rt.files.get(out.fileId))!.bytes)
  expect(rows[0]).toEqual(['村（社区）', '户主', '改造方式', '计划资金（元）', '已拨付（元）', '进度', '纳入理由', '纳入日期'])
  expect(rows[1]!.slice(2, 6)).toEqual(['拆除重建', '35000.5', '10000', '尚未立案'])
  expect(rows[2]!.slice(0, 2)).toEqual(['合计', '1 户'])
})
