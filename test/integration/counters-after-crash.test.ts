// The villages whose counters must be counted again are kept in the database, written
// with the change itself, so a host that stops before its background recount loses
// nothing: the next tick counts them.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dispatch } from '../../server/actions/dispatch'
import { registry } from '../../server/actions/registry'
import { runTick } from '../../server/jobs/tick'
import { createLocalRuntime, type LocalRuntime } from '../../server/runtime/local'
import { seedDemo } from '../../server/seed/demo-seed'
import { countVillage } from '../../server/services/counters/village-figures'
import { refreshDirty, settleRefresh } from '../../server/services/counters/refresh'
import { DEMO, FakeClock, ok, quietLogger } from '../support/local-env'
import { safePatrol } from '../support/patrols'

const key = crypto.randomBytes(32).toString('base64')
const clock = new FakeClock(new Date('2026-11-20T10:00:00+08:00'))
let dataDir: string
// As production keeps them (moved by each write); the local host's own way where named.
const open = (counters: 'kept' | 'recounted' = 'kept'): LocalRuntime => createLocalRuntime({ dataDir, baseUrl: 'http://127.0.0.1:0', clock, log: quietLogger, dataKey: key, config: { counters } })

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-crash-'))
})
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

async function drift(rt: LocalRuntime, villageId: string): Promise<boolean> {
  const stored = (await rt.store.collection('villageCounters').get(villageId))?.figures
  return JSON.stringify(stored) !== JSON.stringify(await countVillage(rt.deps, villageId, clock.now()))
}

it('counters of a village written just before a crash are right with no recount at all: they move with the change', async () => {
  const before = open()
  await seedDemo(before.store, before.deps.personal, { householdsPerVillage: 4, now: clock.now() })
  await runTick(before.deps)
  expect(await drift(before, 'v-yulong')).toBe(false)

  // A patrol is recorded and the host stops before any background recount could run.
  before.deps.countersInBackground = true
  const [house] = await before.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 1 })
  ok(await dispatch(registry, before.deps, { action: 'patrol.submit', input: safePatrol(house!._id, { patrolledAt: '2026-11-20T09:30:00+08:00' }) }, { kind: 'dev', userId: DEMO.inspectorYulong }))
  expect(before.deps.dirtyVillages?.size).toBe(0)
  await before.store.close()
  await settleRefresh(before.deps)

  const after = open()
  expect(await drift(after, 'v-yulong')).toBe(false)
  await after.store.close()
})

it('a village whose counters cannot move with the change is marked with it, and counted by the next tick after a crash', async () => {
  const before = open()
  await seedDemo(before.store, before.deps.personal, { householdsPerVillage: 4, now: clock.now() })
  await runTick(before.deps)
  // Counters of last month (or never counted) cannot be moved: the village is counted again.
  const stored = (await before.store.collection('villageCounters').get('v-yulong'))!
  await before.store.collection('villageCounters').set({ ...stored, tally: { ...stored.tally!, month: '2026-10' } })

  before.deps.countersInBackground = true
  const [house] = await before.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 1 })
  ok(await dispatch(registry, before.deps, { action: 'patrol.submit', input: safePatrol(house!._id, { patrolledAt: '2026-11-20T09:30:00+08:00' }) }, { kind: 'dev', userId: DEMO.inspectorYulong }))
  await before.store.close()
  await settleRefresh(before.deps)

  const after = open()
  expect(await drift(after, 'v-yulong')).toBe(true)
  await runTick(after.deps)
  expect(await drift(after, 'v-yulong')).toBe(false)
  await after.store.close()
})

it("on the local host a patrol's village is counted again after the request, and a crash before that leaves it to the next tick", async () => {
  const before = open('recounted')
  await seedDemo(before.store, before.deps.personal, { householdsPerVillage: 4, now: clock.now() })
  await runTick(before.deps)
  // The local host keeps no tally beside the figures: they are counted from the records.
  expect((await before.store.collection('villageCounters').get('v-yulong'))!.tally).toBeUndefined()

  before.deps.countersInBackground = true
  const [house] = await before.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 1 })
  ok(await dispatch(registry, before.deps, { action: 'patrol.submit', input: safePatrol(house!._id, { patrolledAt: '2026-11-20T09:30:00+08:00' }) }, { kind: 'dev', userId: DEMO.inspectorYulong }))
  expect(await drift(before, 'v-yulong')).toBe(true)
  await before.store.close()
  await settleRefresh(before.deps)

  const after = open('recounted')
  expect(await drift(after, 'v-yulong')).toBe(true)
  await runTick(after.deps)
  expect(await drift(after, 'v-yulong')).toBe(false)
  await after.store.close()
})

it('a village written again while it is being counted stays marked for the next count', async () => {
  const rt = open()
  await seedDemo(rt.store, rt.deps.personal, { householdsPerVillage: 2, now: clock.now() })
  const marks = rt.deps.dirtyMarks!
  const [house] = await rt.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 1 })
  // Never counted yet: the writes cannot move the counters and mark the village.
  await rt.deps.store.collection('houses').update(house!._id, { occupancy: 'vacant' })
  const readBeforeCounting = (await marks.revOf('v-yulong'))!
  // The next write lands while the count runs: the count read before it must not clear its mark.
  await rt.deps.store.collection('houses').update(house!._id, { occupancy: 'occupied' })
  expect(await marks.clear('v-yulong', readBeforeCounting)).toBe(false)
  expect([...(await marks.list()).keys()]).toEqual(['v-yulong'])
  await refreshDirty(rt.deps, { persisted: true })
  expect(await marks.list()).toEqual(new Map())
  await rt.store.close()
})

it('an action answered after its recount leaves no mark behind', async () => {
  const rt = open()
  await seedDemo(rt.store, rt.deps.personal, { householdsPerVillage: 2, now: clock.now() })
  const [house] = await rt.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 1 })
  ok(await dispatch(registry, rt.deps, { action: 'patrol.submit', input: safePatrol(house!._id, { patrolledAt: '2026-11-20T09:30:00+08:00' }) }, { kind: 'dev', userId: DEMO.inspectorYulong }))
  expect(await rt.store.collection('dirtyVillages').count({ markedAt: { $gt: 0 } })).toBe(0)
  expect(await drift(rt, 'v-yulong')).toBe(false)
  await rt.store.close()
})
