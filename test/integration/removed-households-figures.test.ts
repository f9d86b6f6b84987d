// Households that left monitoring are counted nowhere: after a list import takes every
// household of 凉水社区 out, no figure of the dashboard, the overview, the case table or
// the critical list still holds its houses, cases or tasks, and the lists behind the
// household figures are empty too.
import { refreshAll } from '../../server/services/counters/refresh'
import { LIST_HEADER, runToRest, startImport, validId } from '../support/list-import'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { xlsxOf } from '../support/sheets'

const STAFF = DEMO.staffBachuan
const LEADER = DEMO.leaderBachuan
const VILLAGE = 'v-liangshui'
let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6, now: '2026-11-20T09:00:00+08:00' })
})
afterEach(() => env.close())

/** 凉水社区 with everything a figure counts: a lived-in D house with an open overdue case, a 疑似危房, and drawn houses. */
async function busyVillage(): Promise<void> {
  const store = env.rt.store
  const households = await store.collection('households').find({ where: { villageId: VILLAGE, status: 'monitored' } })
  // Civil-listed only, so a civil list without them takes them all out of monitoring.
  for (const h of households) await store.collection('households').update(h._id, { categories: ['dibao'], departments: ['civil'] })
  const houses = (await store.collection('houses').find({ where: { villageId: VILLAGE } })).filter((h) => !h.retiredAt)
  const [d, suspected] = houses
  await store.collection('houses').update(d!._id, { grade: 'D', gradedAt: '2026-11-01T09:00:00+08:00', occupancy: 'occupied' })
  await store.collection('households').update(d!.householdId, { worstGrade: 'D' })
  ok(await env.call(STAFF, 'case.open', { caseId: 'case-leaving', houseId: d!._id, summary: '墙体开裂' }))
  await store.collection('houses').update(suspected!._id, { grade: null, gradedAt: null, occupancy: 'occupied', lastJudgment: 'suspectedDanger', lastPatrolAt: '2026-11-10T09:00:00+08:00' })
  ok(await env.call(STAFF, 'sample.draw', { sampleId: 'smp-leaving', month: '2026-11', villageIds: [VILLAGE], mode: 'count', value: 2 }))
  // Days later the case and the drawn houses are overdue.
  env.clock.set('2026-12-20T09:00:00+08:00')
  await refreshAll(env.rt.deps)
}

async function takeAllOut(): Promise<void> {
  const rows: Array<Array<string | number>> = [LIST_HEADER, ['凉水社区', '1组', '新户', validId('50022419610000001'), '', '低保户', 2, '']]
  const { importId } = await startImport(env, await xlsxOf(rows), 'civil')
  const job = await runToRest(env, importId)
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: job.counts.missing }))
  expect((await runToRest(env, importId)).phase).toBe('done')
  // The one household the list named stays; it is taken out too (with its 新纳入核查), so
  // that what is left to count in the village is nothing.
  const listed = await env.rt.store.collection('households').find({ where: { villageId: VILLAGE, status: 'monitored' } })
  expect(listed).toHaveLength(1)
  for (const h of listed) {
    await env.rt.store.collection('households').update(h._id, { status: 'removed', removedAt: '2026-12-20T09:00:00+08:00', removedReason: '测试' })
    for (const t of await env.rt.store.collection('tasks').find({ where: { householdId: h._id } })) await env.rt.store.collection('tasks').update(t._id, { status: 'cancelled' })
  }
  await refreshAll(env.rt.deps)
}

it('removed households leave every figure, the critical list, the map, the household list and the task list', async () => {
  await busyVillage()
  const before = ok(await env.call(LEADER, 'dashboard.summary', { villageId: VILLAGE })).totals
  // The set-up counts: otherwise the test below could not fail.
  expect(before.occupiedDangerous).toBeGreaterThan(0)
  expect(before.occupiedSuspected).toBeGreaterThan(0)
  expect(before.openCases).toBeGreaterThan(0)
  expect(before.overdueCases).toBeGreaterThan(0)
  expect(before.overdueTasks).toBeGreaterThan(0)

  await takeAllOut()

  const t = ok(await env.call(LEADER, 'dashboard.summary', { villageId: VILLAGE })).totals
  expect(t).toMatchObject({ households: 0, houses: 0, unregistered: 0, occupiedDangerous: 0, occupiedSuspected: 0, evacuated: 0, openCases: 0, casesByStage: {}, overdueCases: 0, overdueTasks: 0, inRenovation: 0, renovated: 0 })
  expect(Object.values(t.byGrade).every((n) => n === 0)).toBe(true)
  expect(Object.values(t.householdsByGrade).every((n) => n === 0)).toBe(true)

  const counts = ok(await env.call(LEADER, 'stats.villageCounts', {})).find((v) => v.villageId === VILLAGE)!
  expect(counts).toMatchObject({ households: 0, houses: 0, occupiedDangerous: 0 })
  expect(Object.values(counts.byGrade).every((n) => n === 0)).toBe(true)

  const caseFigures = ok(await env.call(LEADER, 'case.villageFigures', {})).find((v) => v.villageId === VILLAGE)!
  expect(caseFigures).toMatchObject({ found: 0, appraised: 0, dangerous: 0, inRenovation: 0, renovated: 0, overdue: 0, occupiedDangerous: 0 })

  expect(ok(await env.call(LEADER, 'case.critical', { villageId: VILLAGE }))).toEqual([])
  expect(ok(await env.call(LEADER, 'household.list', { villageId: VILLAGE })).total).toBe(0)
  // Their open tasks ended with them: the task list behind 逾期任务 agrees with the figure.
  expect(ok(await env.call(LEADER, 'task.list', { villageId: VILLAGE, status: 'open' })).total).toBe(0)
  expect(ok(await env.call(LEADER, 'map.houses', { villageId: VILLAGE })).houses).toEqual([])
})
