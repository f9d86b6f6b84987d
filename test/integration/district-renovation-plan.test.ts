// 区住建局 reads every street's renovation plan (issue 18: "the district sees every street's
// plan"): read only, each street of its own district, its home's figures equal to the list
// they open, the workbook too; a district of another district is refused.
import '../support/matchers'
import { aCaseAt, aHousehold, aHouseWithoutCase, anotherDistrict, ORG } from '../support/builders'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { readXlsx } from '../support/sheets'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const DISTRICT = DEMO.districtTongliang
const add = (user: string, entryId: string, householdId: string, plannedFen: number, paidFen: number) =>
  env.call(user, 'renovationPlan.add', { entryId, year: 2026, householdId, method: 'rebuild', plannedFen, paidFen, reason: 'D 级危房，区级已批准' })

async function twoStreetsPlanned() {
  const works = await aHouseWithoutCase(env)
  await aCaseAt(env, 'case-district-plan', works, 'accepted')
  ok(await add(DEMO.staffBachuan, 'rp-b1', works.householdId, 3_500_050, 1_000_000))
  ok(await add(DEMO.staffBachuan, 'rp-b2', (await aHousehold(env, ORG.shizi))._id, 1_200_000, 0))
  ok(await add(DEMO.staffDongcheng, 'rp-d1', (await aHousehold(env, ORG.qingshan))._id, 2_000_000, 500_000))
}

it('the district reads the plan of each street of its district, as the street reads it', async () => {
  await twoStreetsPlanned()
  const bachuan = ok(await env.call(DISTRICT, 'renovationPlan.list', { year: 2026, streetId: ORG.bachuan }))
  expect(bachuan).toEqual(ok(await env.call(DEMO.staffBachuan, 'renovationPlan.list', { year: 2026 })))
  expect(bachuan.entries.map((e) => e.id).sort()).toEqual(['rp-b1', 'rp-b2'])
  const dongcheng = ok(await env.call(DISTRICT, 'renovationPlan.list', { year: 2026, streetId: ORG.dongcheng }))
  expect(dongcheng).toMatchObject({ streetName: '东城街道', totals: { households: 1, plannedFen: 2_000_000, paidFen: 500_000 } })
})

it('the district home shows each street\'s plan with the figures of the list it opens', async () => {
  await twoStreetsPlanned()
  const summary = ok(await env.call(DISTRICT, 'district.summary', {}))
  for (const row of summary.streets) {
    const plan = ok(await env.call(DISTRICT, 'renovationPlan.list', { year: row.plan.year, streetId: row.streetId }))
    expect(row.plan).toEqual({ year: 2026, ...plan.totals })
  }
  expect(summary.streets.find((s) => s.streetId === ORG.bachuan)!.plan).toEqual({ year: 2026, households: 2, plannedFen: 4_700_050, paidFen: 1_000_000, done: 1 })
})

it('the district only reads: it cannot add, change or take out a household', async () => {
  await twoStreetsPlanned()
  const hh = await aHousehold(env)
  expect(await add(DISTRICT, 'rp-district', hh._id, 100, 0)).toFailWith('FORBIDDEN')
  expect(await env.call(DISTRICT, 'renovationPlan.setFunds', { entryId: 'rp-b1', method: 'rebuild', plannedFen: 1, paidFen: 0 })).toFailWith('FORBIDDEN')
  expect(await env.call(DISTRICT, 'renovationPlan.remove', { entryId: 'rp-b1', reason: '试试' })).toFailWith('FORBIDDEN')
  expect(ok(await env.call(DEMO.staffBachuan, 'renovationPlan.list', { year: 2026 })).totals.households).toBe(2)
})

it('the district exports a street\'s plan as the street does', async () => {
  await twoStreetsPlanned()
  const out = ok(await env.call(DISTRICT, 'renovationPlan.export', { year: 2026, streetId: ORG.bachuan }))
  expect(out).toMatchObject({ rows: 2, fileName: '巴川街道2026年危房改造计划.xlsx' })
  const rows = await readXlsx((await env.rt.files.get(out.fileId))!.bytes)
  expect(rows[3]!.slice(0, 2)).toEqual(['合计', '2 户'])
})

it('a district account of another district is refused every street of 铜梁区, and names none', async () => {
  await twoStreetsPlanned()
  const other = await anotherDistrict(env)
  expect(await env.call(other.userId, 'renovationPlan.list', { year: 2026, streetId: ORG.bachuan })).toFailWith('FORBIDDEN')
  expect(await env.call(other.userId, 'renovationPlan.export', { year: 2026, streetId: ORG.bachuan })).toFailWith('FORBIDDEN')
  expect(ok(await env.call(other.userId, 'renovationPlan.list', { year: 2026, streetId: other.streetId })).entries).toEqual([])
  expect(await env.call(other.userId, 'renovationPlan.list', { year: 2026 })).toFailWith('VALIDATION')
})

it('street staff read only their own street\'s plan, whatever street they name', async () => {
  await twoStreetsPlanned()
  expect(await env.call(DEMO.staffBachuan, 'renovationPlan.list', { year: 2026, streetId: ORG.dongcheng })).toFailWith('FORBIDDEN')
  expect(await env.call(DEMO.leaderBachuan, 'renovationPlan.export', { year: 2026, streetId: ORG.dongcheng })).toFailWith('FORBIDDEN')
  expect(ok(await env.call(DEMO.staffBachuan, 'renovationPlan.list', { year: 2026, streetId: ORG.bachuan })).totals.households).toBe(2)
})
