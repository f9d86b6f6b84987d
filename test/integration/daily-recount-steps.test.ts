// The daily recount of every village runs in steps: at district size it takes longer than
// one tick may run, so a tick out of time stops after a village and the next tick goes on
// from there. Every village is counted once a day, and the day's run ends.
import { localDate } from '../../domain'
import { runTick } from '../../server/jobs/tick'
import { countVillage } from '../../server/services/counters/village-figures'
import { createTestEnv, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-11-20T01:00:00+08:00' })
})
afterEach(() => env.close())

it("a tick out of time counts one village and leaves the rest of the day's recount to the next ticks", async () => {
  const store = env.rt.store
  const villages = (await store.collection('orgs').find({ where: { level: 'village' } })).map((v) => v._id).sort()
  expect(villages.length).toBeGreaterThan(3)
  // No time at all: each tick may count one village before it must stop.
  env.rt.deps.config.chunkBudgetMs = 0
  const key = `counters:${localDate(env.clock.now())}`

  const first = await runTick(env.rt.deps)
  expect(first.counters).toBe(1)
  expect((await store.collection('jobRuns').get(key))!.cursor).toBe(villages[0])

  for (let i = 1; i < villages.length - 1; i++) {
    expect((await runTick(env.rt.deps)).counters).toBe(1)
    expect((await store.collection('jobRuns').get(key))!.cursor).toBe(villages[i])
  }
  expect((await runTick(env.rt.deps)).counters).toBe(1)
  expect((await store.collection('jobRuns').get(key))!.cursor).toBeUndefined()

  // The day's run is over: the next tick counts no village again (none is marked).
  expect((await runTick(env.rt.deps)).counters).toBe(0)
  for (const v of villages) expect((await store.collection('villageCounters').get(v))!.figures).toEqual(await countVillage(env.rt.deps, v, env.clock.now()))
})
