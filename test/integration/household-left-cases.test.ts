// A household that leaves monitoring takes its open cases with it: they are closed in the
// same transaction as "已调出监测", with the reason, a case event and an audit entry, and
// the house no longer points to them — so the case list behind every open-case figure
// holds exactly the cases the figure counts.
import { OPEN_CASE_STAGES } from '../../domain'
import { refreshAll } from '../../server/services/counters/refresh'
import { LIST_HEADER, runToRest, startImport, validId } from '../support/list-import'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { xlsxOf } from '../support/sheets'

const STAFF = DEMO.staffBachuan
const LEADER = DEMO.leaderBachuan
const VILLAGE = 'v-liangshui'
let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 4, now: '2026-11-20T09:00:00+08:00' })
})
afterEach(() => env.close())

/** Every 凉水社区 household on the civil list only, one with an open case that is overdue by the time it leaves. */
async function leavingWithOpenCase(): Promise<{ houseId: string; householdId: string }> {
  const store = env.rt.store
  for (const h of await store.collection('households').find({ where: { villageId: VILLAGE, status: 'monitored' } })) {
    await store.collection('households').update(h._id, { categories: ['dibao'], departments: ['civil'] })
  }
  const house = (await store.collection('houses').find({ where: { villageId: VILLAGE } })).find((h) => !h.retiredAt && !h.openCaseId)!
  ok(await env.call(STAFF, 'case.open', { caseId: 'case-leaving', houseId: house._id, summary: '墙体开裂' }))
  env.clock.set('2026-12-20T09:00:00+08:00')
  await refreshAll(env.rt.deps)
  return { houseId: house._id, householdId: house.householdId }
}

async function civilListWithoutThem(): Promise<void> {
  const rows: Array<Array<string | number>> = [LIST_HEADER, ['凉水社区', '1组', '新户', validId('50022419610000001'), '', '低保户', 2, '']]
  const { importId } = await startImport(env, await xlsxOf(rows), 'civil')
  const job = await runToRest(env, importId)
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: job.counts.missing }))
  expect((await runToRest(env, importId)).phase).toBe('done')
}

/** The street's open-case figures beside the totals of the case lists they open. */
async function figuresAndLists() {
  const t = ok(await env.call(LEADER, 'dashboard.summary', {})).totals
  const listed = async (input: Record<string, unknown>) => ok(await env.call(LEADER, 'case.list', { pageSize: 20, ...input })).total
  const byStage: Record<string, [number, number]> = {}
  for (const stage of OPEN_CASE_STAGES) byStage[stage] = [t.casesByStage[stage] ?? 0, await listed({ stage })]
  return {
    open: [t.openCases, await listed({ stage: 'open' })],
    overdue: [t.overdueCases, await listed({ stage: 'open', overdueOnly: true })],
    byStage,
  }
}

it('after a household leaves, every open-case figure equals the total of the list it opens', async () => {
  await leavingWithOpenCase()
  const before = await figuresAndLists()
  expect(before.open[0]).toBeGreaterThan(0)
  expect(before.overdue[0]).toBeGreaterThan(0)

  await civilListWithoutThem()

  const after = await figuresAndLists()
  expect(after.open[0]).toBe(after.open[1])
  expect(after.overdue[0]).toBe(after.overdue[1])
  for (const [stage, [figure, list]] of Object.entries(after.byStage)) expect([stage, figure]).toEqual([stage, list])
  // And it still counts what it counted for the households that stayed.
  expect(after.open[0]).toBe(before.open[0]! - 1)
})

it('the open case of a household that leaves is closed as 已调出监测 with the reason, an event and an audit entry', async () => {
  const { houseId } = await leavingWithOpenCase()
  await civilListWithoutThem()
  const c = ok(await env.call(STAFF, 'case.get', { caseId: 'case-leaving' }))
  expect(c).toMatchObject({ stage: 'closed', closeRoute: 'householdLeft', closeReason: '民政名单调出' })
  expect(c.timeline.at(-1)).toMatchObject({ action: 'householdLeft', label: '已调出监测', to: 'closed', note: '已调出监测，案件关闭：民政名单调出' })
  expect((await env.rt.store.collection('houses').get(houseId))!.openCaseId).toBeNull()
  const audit = await env.rt.store.collection('audit').find({ where: { subjectId: 'case-leaving' } })
  expect(audit.map((a) => a.action)).toContain('case.householdLeft')
  // The closed list shows it, under its own route, not as renovated.
  expect(ok(await env.call(STAFF, 'case.list', { stage: 'closed', pageSize: 50 })).items.find((i) => i.id === 'case-leaving')).toMatchObject({ stageLabel: '已销号（已调出监测）' })
  expect(ok(await env.call(STAFF, 'case.list', { closeRoute: 'renovated', pageSize: 50 })).items.map((i) => i.id)).not.toContain('case-leaving')
})

it('已改造 counts the renovations of households still monitored, and its list holds the same cases', async () => {
  const { householdId } = await leavingWithOpenCase()
  // The leaving household's house was renovated earlier: its case is closed as renovated.
  await env.rt.store.collection('cases').update('case-leaving', { stage: 'closed', closeRoute: 'renovated', closedAt: '2026-12-01T09:00:00+08:00' })
  await refreshAll(env.rt.deps)
  const renovated = async (): Promise<[number, number]> => [ok(await env.call(LEADER, 'dashboard.summary', {})).totals.renovated, ok(await env.call(LEADER, 'case.list', { closeRoute: 'renovated', pageSize: 20 })).total]
  const [before, listedBefore] = await renovated()
  expect(before).toBeGreaterThan(0)
  expect(listedBefore).toBe(before)

  await civilListWithoutThem()
  expect((await env.rt.store.collection('households').get(householdId))!.status).toBe('removed')
  const [after, listedAfter] = await renovated()
  expect(after).toBe(before - 1)
  expect(listedAfter).toBe(after)
})
