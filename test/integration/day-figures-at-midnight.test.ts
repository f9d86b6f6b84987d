// After midnight a dashboard figure says what is overdue today at the first tick, in every
// village at once: the day's recount reaches the last villages of a district hours later,
// and until then the figure disagreed with the overdue list it opens (read live).
import { localDate } from '../../domain'
import { runTick } from '../../server/jobs/tick'
import { refreshAll } from '../../server/services/counters/refresh'
import { countVillage } from '../../server/services/counters/village-figures'
import { createTestEnv, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-11-20T09:00:00+08:00' })
})
afterEach(() => env.close())

async function lastVillageWithATaskDueToday(): Promise<{ village: string; villages: string[] }> {
  const store = env.rt.store
  const villages = (await store.collection('orgs').find({ where: { level: 'village' } })).map((v) => v._id).sort()
  const village = villages[villages.length - 1]!
  const [household] = await store.collection('households').find({ where: { villageId: village, status: 'monitored' }, limit: 1 })
  const streetId = (await env.rt.deps.orgs.streetOf(village))!._id
  // Through the app's store, as an action writes: the village's tally moves with it.
  await env.rt.deps.store.collection('tasks').insert({ _id: 'task-due-today', kind: 'newListingCheck', streetId, villageId: village, householdId: household!._id, title: '新纳入核查', dueDate: localDate(env.clock.now()), status: 'open', createdAt: env.clock.now().toISOString(), doneAt: null })
  return { village, villages }
}

const stored = async (village: string) => (await env.rt.store.collection('villageCounters').get(village))!.figures

it("a task due yesterday counts as overdue on the dashboard at the first tick after midnight, before the day's recount reaches its village", async () => {
  await refreshAll(env.rt.deps)
  const { village, villages } = await lastVillageWithATaskDueToday()
  const before = await stored(village)
  expect(before).toEqual(await countVillage(env.rt.deps, village, env.clock.now()))

  env.clock.set('2026-11-21T00:10:00+08:00')
  // No time to spare: the day's recount counts one village a tick, the first in id order.
  env.rt.deps.config.chunkBudgetMs = 0
  const tick = await runTick(env.rt.deps)
  expect(tick.counters).toBe(1)
  expect((await env.rt.store.collection('jobRuns').get(`counters:2026-11-21`))!.cursor).toBe(villages[0])
  expect(tick.errors).toEqual([])
  expect(tick.dayFigures).toBeGreaterThanOrEqual(1)

  const after = await stored(village)
  expect(after.overdueTasks).toBeGreaterThan(before.overdueTasks)
  // Every village's stored figures are the day's, as a count from the records gives them.
  for (const v of villages) expect(await stored(v)).toEqual(await countVillage(env.rt.deps, v, env.clock.now()))

  // Once a day: the next tick moves nothing more.
  expect((await runTick(env.rt.deps)).dayFigures).toBe(0)
})

it("on the first of a month the figures wait for the recount: the kept tally's monthly parts are last month's", async () => {
  env.clock.set('2026-11-30T09:00:00+08:00')
  await refreshAll(env.rt.deps)
  const { village } = await lastVillageWithATaskDueToday()
  const before = await stored(village)
  env.clock.set('2026-12-01T00:10:00+08:00')
  env.rt.deps.config.chunkBudgetMs = 0
  const tick = await runTick(env.rt.deps)
  expect(tick.dayFigures).toBe(0)
  // Not derived from November's tally (whose patrols are November's): the recount will count it from the records.
  expect((await stored(village)).overdueTasks).toBe(before.overdueTasks)
})
