// 名单导入 asks first: the confirm screen shows who leaves monitoring, with the households
// to look at twice on top, and an apply goes through only with the count it showed.
import { LIST_HEADER, runToRest, startImport, validId } from '../support/list-import'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { xlsxOf } from '../support/sheets'

const STAFF = DEMO.staffBachuan
let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6, now: '2026-11-03T09:00:00+08:00' })
})
afterEach(() => env.close())

/** A civil list of 凉水社区 naming only two new households: its civil-listed households all go missing. */
async function previewed(): Promise<{ importId: string; missing: number }> {
  const rows: Array<Array<string | number>> = [LIST_HEADER]
  for (let i = 0; i < 2; i++) rows.push(['凉水社区', '1组', `新户${i}`, validId(`5002241961${String(i).padStart(7, '0')}`), '', '低保户', 2, ''])
  const { importId } = await startImport(env, await xlsxOf(rows), 'civil')
  const job = await runToRest(env, importId)
  expect(job.phase).toBe('ready')
  return { importId, missing: job.counts.missing }
}

it('an import apply must confirm the count that leaves', async () => {
  const { importId, missing } = await previewed()
  expect(missing).toBeGreaterThan(1)
  // One leaving household lives in a D-grade house with an open hazard case.
  const rows = ok(await env.call(STAFF, 'import.rows', { importId, kind: 'missing', pageSize: 100 })).items
  const risky = rows[rows.length - 1]!.householdId!
  const [house] = await env.rt.store.collection('houses').find({ where: { householdId: risky } })
  await env.rt.store.collection('houses').update(house!._id, { grade: 'D', occupancy: 'occupied' })
  await env.rt.store.collection('households').update(risky, { worstGrade: 'D' })
  ok(await env.call(STAFF, 'case.open', { caseId: 'case-risky', houseId: house!._id, summary: '墙体开裂' }))

  const leaving = ok(await env.call(STAFF, 'import.leaving', { importId }))
  expect(leaving.leaving).toBe(missing)
  expect(leaving.flagged.find((f) => f.householdId === risky)).toMatchObject({ leavesMonitoring: true, reasons: ['有未办结的隐患案件', '房屋鉴定为 D 级', '仍有人住在危房里'] })
  // Only leaving households are flagged, each for a reason; the seeded C/D houses of 凉水 among them.
  const graded = new Set((await env.rt.store.collection('households').find({ where: { villageId: 'v-liangshui', worstGrade: { $in: ['C', 'D'] } } })).map((h) => h._id))
  const leavingIds = new Set(rows.map((r) => r.householdId))
  expect(new Set(leaving.flagged.map((f) => f.householdId))).toEqual(new Set([...graded].filter((id) => leavingIds.has(id))))
  expect(leaving.flagged.every((f) => f.reasons.length > 0)).toBe(true)

  // A screen that showed one household fewer cannot take them all out; nothing is written.
  const before = env.snapshot()
  const stale = await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: missing - 1 })
  expect(stale.ok ? 'ok' : stale.code).toBe('CONFLICT')
  expect(stale.ok ? '' : stale.message).toContain(`将调出 ${missing} 户`)
  expect(env.snapshot()).toBe(before)

  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: missing }))
  expect((await runToRest(env, importId)).phase).toBe('done')
})
