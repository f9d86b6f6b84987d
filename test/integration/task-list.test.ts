// 待办任务 and the dashboard's 逾期任务 figure: the list a figure opens shows exactly the
// tasks the figure counts, for whoever is looking.
import { refreshAll } from '../../server/services/counters/refresh'
import { aHousehold, aTask, ORG } from '../support/builders'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 4, now: '2026-11-20T10:00:00+08:00' })
  // November's street random patrol: one house each in 玉龙 and 狮子, due at month end.
  ok(await env.call(DEMO.staffBachuan, 'sample.draw', { sampleId: 'smp-nov', month: '2026-11', villageIds: [ORG.yulong, ORG.shizi], mode: 'count', value: 1 }))
  // Into December, nobody went: November's houses are late; December's draw is not yet.
  env.clock.set('2026-12-02T09:00:00+08:00')
  ok(await env.call(DEMO.staffBachuan, 'sample.draw', { sampleId: 'smp-dec', month: '2026-12', villageIds: [ORG.yulong], mode: 'count', value: 2 }))
  // The nightly recount moves the time-based figures on.
  await refreshAll(env.rt.deps)
})
afterAll(() => env.close())

it("lists for the leader exactly the overdue tasks the dashboard's figure counts", async () => {
  const figure = ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', {})).totals.overdueTasks
  const late = ok(await env.call(DEMO.leaderBachuan, 'task.list', { status: 'open', overdueOnly: true }))
  expect(figure).toBe(2)
  expect(late.total).toBe(figure)
  expect(late.items.every((t) => t.overdue && t.dueDate === '2026-11-30')).toBe(true)
  const all = ok(await env.call(DEMO.leaderBachuan, 'task.list', { status: 'open' }))
  expect(all.total).toBe(4)
})

it("shows an inspector only his own village's overdue tasks, never the street's drawn houses", async () => {
  // A late check of a newly listed household in 玉龙; the street's late patrol there stays the street's.
  await env.rt.store.collection('tasks').insert(aTask('task-nl-late', await aHousehold(env, ORG.yulong), { dueDate: '2026-11-25' }))
  const late = ok(await env.call(DEMO.inspectorYulong, 'task.list', { status: 'open', overdueOnly: true }))
  expect(late.items.map((t) => [t.villageId, t.kind])).toEqual([[ORG.yulong, 'newListingCheck']])
  await env.rt.store.collection('tasks').remove('task-nl-late')
})

it('narrows the overdue list to the village a figure of one village links with', async () => {
  const late = ok(await env.call(DEMO.staffBachuan, 'task.list', { status: 'open', overdueOnly: true, villageId: ORG.shizi }))
  expect(late.items.map((t) => [t.villageId, t.overdue])).toEqual([[ORG.shizi, true]])
})

it('refuses to sort finished tasks into overdue ones, and writes nothing', async () => {
  const before = env.snapshot()
  const r = await env.call(DEMO.staffBachuan, 'task.list', { status: 'done', overdueOnly: true })
  expect(r).toFailWith('VALIDATION')
  expect(env.snapshot()).toBe(before)
})
