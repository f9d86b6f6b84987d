// The tick's reminders write a district's messages in bulk; a tick killed between the
// outbox and the inbox, then run again, still sends every message once and only once.
import { runReminders } from '../../server/jobs/reminders'
import type { Deps } from '../../server/core/deps'
import { killedAt } from '../support/killed-store'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 4, now: '2026-11-10T10:00:00+08:00' })
})
afterEach(() => env.close())

it('a reminder run killed between outbox and inbox, run again, sends each message once', async () => {
  ok(await env.call(DEMO.staffBachuan, 'sample.draw', { sampleId: 'smp-resume', month: '2026-11', mode: 'count', value: 2 }))
  env.clock.set('2026-11-28T08:00:00+08:00')
  const deps: Deps = { ...env.rt.deps, store: killedAt(env.rt.deps.store, 'inbox', 'insertMany') }
  await expect(runReminders(deps)).rejects.toThrow('function timed out')
  const outbox = env.rt.store.collection('outbox')
  const firstRun = (await outbox.find({})).map((m) => m._id)
  expect(firstRun.length).toBeGreaterThan(0)
  expect(await env.rt.store.collection('inbox').count({})).toBe(0)

  // Run again: what the killed run put in the outbox reaches the inbox, nothing is added twice.
  const sent = await runReminders(env.rt.deps)
  const ids = (await outbox.find({})).map((m) => m._id)
  expect(sent).toBe(ids.length)
  expect(ids).toEqual(expect.arrayContaining(firstRun))
  expect((await env.rt.store.collection('inbox').find({})).map((m) => m._id).sort()).toEqual([...ids].sort())
  // And once more: everything was sent.
  expect(await runReminders(env.rt.deps)).toBe(0)
  expect(await outbox.count({})).toBe(ids.length)
})
