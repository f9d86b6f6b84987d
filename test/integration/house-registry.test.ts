// The house registry: a household listed by import has no house until the inspector
// registers one at the first visit; until then it leads the plan as 待登记房屋 (不漏一户).
import type { HouseholdDoc } from '../../server/store/docs'
import { countVillage } from '../../server/services/counters/village-figures'
import { refreshDirty } from '../../server/services/counters/refresh'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { safePatrol } from '../support/patrols'
import { listNewHousehold, registration } from '../support/houses'
import { readXlsx } from '../support/sheets'

let env: TestEnv
let hh: HouseholdDoc
const INSPECTOR = DEMO.inspectorYulong

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6 })
  hh = await listNewHousehold(env)
})
afterEach(() => env.close())

const plan = async () => ok(await env.call(INSPECTOR, 'patrol.plan', { villageId: 'v-yulong', pageSize: 50 }))
const house = (id: string) => env.rt.store.collection('houses').get(id)

it('an imported household without a house is first in the plan as 待登记房屋', async () => {
  expect(hh.houseCount).toBe(0)
  const p = await plan()
  expect(p.items[0]).toMatchObject({ householdId: hh._id, houseId: null, status: 'unregistered' })
  expect(p.counts.unregistered).toBe(1)
  expect(p.total).toBe(p.counts.unregistered + p.counts.done + p.counts.pending + p.counts.overdue)
})

it('an inspector registers a house of his village and it joins this month\'s plan', async () => {
  const input = await registration(env, INSPECTOR, hh._id)
  const view = ok(await env.call(INSPECTOR, 'house.register', input))
  expect(view).toMatchObject({ id: input.houseId, householdId: hh._id, villageId: 'v-yulong', floorAreaCm2: 965000, siteHazards: ['slope'], gpsAccuracy: 12, noGps: false, rev: 1, photoCount: 1 })
  const p = await plan()
  expect(p.items.find((i) => i.householdId === hh._id)).toMatchObject({ houseId: input.houseId, status: 'overdue' })
  expect(p.counts.unregistered).toBe(0)
  expect((await env.rt.store.collection('households').get(hh._id))!.houseCount).toBe(1)
  const page = ok(await env.call(INSPECTOR, 'house.get', { houseId: input.houseId }))
  expect(page.housePhotos.map((p) => [p.fileId, p.missing])).toEqual([[input.photos[0]!.fileId, false]])
})

it('a house registered without a GPS fix is flagged 无定位', async () => {
  const view = ok(await env.call(INSPECTOR, 'house.register', await registration(env, INSPECTOR, hh._id, { gps: null })))
  expect(view).toMatchObject({ lat: null, lng: null, noGps: true, gpsAccuracy: null })
})

it('a position taken at a later visit clears the 无定位 flag, and the history says so', async () => {
  const { id } = ok(await env.call(INSPECTOR, 'house.register', await registration(env, INSPECTOR, hh._id, { gps: null })))
  const view = ok(await env.call(INSPECTOR, 'house.edit', { houseId: id, expectRev: 1, gps: { lat: 29.351, lng: 105.931, accuracy: 8.4 } }))
  expect(view).toMatchObject({ lat: 29.351, lng: 105.931, gpsAccuracy: 8, noGps: false, rev: 2 })
  const [latest] = ok(await env.call(INSPECTOR, 'house.history', { houseId: id }))
  expect(latest!.changes.find((c) => c.field === 'noGps')).toMatchObject({ before: '无定位', after: '有定位' })
})

it('a retired house can no longer be edited', async () => {
  const { id } = ok(await env.call(INSPECTOR, 'house.register', await registration(env, INSPECTOR, hh._id)))
  ok(await env.call(INSPECTOR, 'house.retire', { houseId: id, expectRev: 1, reason: 'notLivedIn', note: '' }))
  const edit = await env.call(DEMO.staffBachuan, 'house.edit', { houseId: id, expectRev: 2, floors: 3 })
  expect(edit.ok ? 'ok' : edit.code).toBe('VALIDATION')
})

it('he cannot register a house in another village', async () => {
  const input = await registration(env, DEMO.inspectorShizi, hh._id)
  const before = env.snapshot()
  const r = await env.call(DEMO.inspectorShizi, 'house.register', input)
  expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  expect(env.snapshot()).toBe(before)
})

it('street staff may register and edit any house of the street, but not of another street', async () => {
  const view = ok(await env.call(DEMO.staffBachuan, 'house.register', await registration(env, DEMO.staffBachuan, hh._id)))
  ok(await env.call(DEMO.staffBachuan, 'house.edit', { houseId: view.id, expectRev: 1, floors: 3 }))
  const r = await env.call(DEMO.staffDongcheng, 'house.edit', { houseId: view.id, expectRev: 2, floors: 1 })
  expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
})

it('a replayed registration creates one house; other content under the same id is CONFLICT', async () => {
  const input = await registration(env, INSPECTOR, hh._id)
  ok(await env.call(INSPECTOR, 'house.register', input))
  const again = ok(await env.call(INSPECTOR, 'house.register', input))
  expect(again.id).toBe(input.houseId)
  expect(await env.rt.store.collection('houses').count({ householdId: hh._id })).toBe(1)
  expect(ok(await env.call(INSPECTOR, 'house.history', { houseId: input.houseId }))).toHaveLength(1)
  const other = await env.call(INSPECTOR, 'house.register', { ...input, floors: 5 })
  expect(other.ok ? 'ok' : other.code).toBe('CONFLICT')
})

it('two edits at once: one wins, the other gets CONFLICT and keeps what was typed', async () => {
  const { id } = ok(await env.call(INSPECTOR, 'house.register', await registration(env, INSPECTOR, hh._id)))
  const [a, b] = await Promise.all([
    env.call(INSPECTOR, 'house.edit', { houseId: id, expectRev: 1, floors: 3 }),
    env.call(DEMO.staffBachuan, 'house.edit', { houseId: id, expectRev: 1, yearBuilt: 1985 }),
  ])
  const outcomes = [a.ok ? 'ok' : a.code, b.ok ? 'ok' : b.code].sort()
  expect(outcomes).toEqual(['CONFLICT', 'ok'])
  const loser = [a, b].find((r) => !r.ok)!
  expect(!loser.ok && loser.message).toMatch(/您填写的内容还在/)
  expect((await house(id))!.rev).toBe(2)
})

it('every change is in the history and the audit: who, when, field, before, after', async () => {
  const { id } = ok(await env.call(INSPECTOR, 'house.register', await registration(env, INSPECTOR, hh._id)))
  env.clock.set('2026-11-29T10:00:00+08:00')
  ok(await env.call(DEMO.staffBachuan, 'house.edit', { houseId: id, expectRev: 1, floors: 3, floorArea: 120, siteHazards: [] }))
  const history = ok(await env.call(INSPECTOR, 'house.history', { houseId: id }))
  expect(history.map((e) => e.kind)).toEqual(['edited', 'registered'])
  expect(history[0]).toMatchObject({ at: '2026-11-29T02:00:00.000Z', actorName: expect.any(String) })
  expect(history[0]!.actorName).not.toBe('')
  expect(history[0]!.changes).toEqual([
    { field: 'floors', label: '层数', before: '2 层', after: '3 层' },
    { field: 'floorAreaCm2', label: '建筑面积', before: '96.5 平方米', after: '120 平方米' },
    { field: 'siteHazards', label: '场地隐患', before: '房后或房前有高边坡', after: '无' },
  ])
  const audit = await env.rt.store.collection('audit').find({ where: { subjectId: id } })
  expect(audit.map((a) => [a.action, a.actorId]).sort()).toEqual([['house.edit', DEMO.staffBachuan], ['house.register', INSPECTOR]])
  expect(audit.find((a) => a.action === 'house.edit')!.detail.changes).toEqual({ floors: [2, 3], floorAreaCm2: [965000, 1200000], siteHazards: [['slope'], []] })
})

it('an edit that changes nothing writes nothing', async () => {
  const { id } = ok(await env.call(INSPECTOR, 'house.register', await registration(env, INSPECTOR, hh._id)))
  const before = env.snapshot()
  ok(await env.call(INSPECTOR, 'house.edit', { houseId: id, expectRev: 1, floors: 2 }))
  expect(env.snapshot()).toBe(before)
})

it('a retired house leaves the plan and the counts and keeps its history', async () => {
  const [seeded] = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 1 })
  const owner = seeded!.householdId
  const siblings = await env.rt.store.collection('houses').count({ householdId: owner })
  ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(seeded!._id)))
  ok(await env.call(INSPECTOR, 'house.retire', { houseId: seeded!._id, expectRev: 1, reason: 'demolished', note: '10月已拆除' }))
  const p = await plan()
  expect(p.items.some((i) => i.houseId === seeded!._id)).toBe(false)
  // A household whose only house is gone waits for a house again.
  if (siblings === 1) expect(p.items.find((i) => i.householdId === owner)).toMatchObject({ status: 'unregistered' })
  expect((await env.rt.store.collection('households').get(owner))!.houseCount).toBe(siblings - 1)
  const stored = await house(seeded!._id)
  expect(stored).toMatchObject({ retiredReason: 'demolished', retiredNote: '10月已拆除' })
  const history = ok(await env.call(INSPECTOR, 'house.history', { houseId: seeded!._id }))
  expect(history[0]).toMatchObject({ kind: 'retired', note: '10月已拆除' })
  expect(history[0]!.changes[0]).toEqual({ field: 'retired', label: '不再监测', before: '—', after: '已拆除' })
  expect(stored!.occupancy).toBe('vacant')
  expect(ok(await env.call(INSPECTOR, 'house.get', { houseId: seeded!._id })).patrols).toHaveLength(1)
  const r = await env.call(INSPECTOR, 'patrol.submit', safePatrol(seeded!._id))
  expect(r.ok ? 'ok' : r.code).toBe('VALIDATION')
})

it('the new-listing check is done after the house is registered and first patrolled', async () => {
  const openCheck = async () => (await env.rt.store.collection('tasks').find({ where: { householdId: hh._id, kind: 'newListingCheck' } })).filter((t) => t.status === 'open')
  expect(await openCheck()).toHaveLength(1)
  const { id } = ok(await env.call(INSPECTOR, 'house.register', await registration(env, INSPECTOR, hh._id)))
  expect(await openCheck()).toHaveLength(1)
  ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(id)))
  expect(await openCheck()).toHaveLength(0)
})

it('with its village counted, the first patrol still completes the new-listing check (the counters tell it is open)', async () => {
  ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', {}))
  await refreshDirty(env.rt.deps)
  const tally = (await env.rt.store.collection('villageCounters').get('v-yulong'))!.tally!
  expect(tally.openTasks.map(([h]) => h)).toContain(hh._id)
  const { id } = ok(await env.call(INSPECTOR, 'house.register', await registration(env, INSPECTOR, hh._id)))
  ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(id)))
  const open = (await env.rt.store.collection('tasks').find({ where: { householdId: hh._id, kind: 'newListingCheck' } })).filter((t) => t.status === 'open')
  expect(open).toHaveLength(0)
})

it('counters equal a recount after register, edit and retire', async () => {
  ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', {}))
  const check = async () => {
    await refreshDirty(env.rt.deps)
    const stored = (await env.rt.store.collection('villageCounters').get('v-yulong'))!.figures
    expect(stored).toEqual(await countVillage(env.rt.deps, 'v-yulong', env.clock.now()))
    return stored as { houses: number; unregistered: number }
  }
  const start = await check()
  expect(start.unregistered).toBe(1)
  const { id } = ok(await env.call(INSPECTOR, 'house.register', await registration(env, INSPECTOR, hh._id)))
  expect(await check()).toMatchObject({ houses: start.houses + 1, unregistered: 0 })
  ok(await env.call(INSPECTOR, 'house.edit', { houseId: id, expectRev: 1, occupancy: 'vacant' }))
  await check()
  ok(await env.call(INSPECTOR, 'house.retire', { houseId: id, expectRev: 2, reason: 'notLivedIn', note: '' }))
  expect(await check()).toMatchObject({ houses: start.houses, unregistered: 1 })
  const cov = ok(await env.call(DEMO.staffBachuan, 'patrol.coverage', {})).find((r) => r.villageId === 'v-yulong')!
  expect(cov.unregistered).toBe(1)
  expect(cov.houses).toBe((await plan()).total)
})

it("the month's patrol ledger lists a household without a house as 待登记房屋", async () => {
  const out = ok(await env.call(INSPECTOR, 'ledger.patrolMonth', { villageId: 'v-yulong', month: '2026-11' }))
  const rows = await readXlsx((await env.rt.files.get(out.fileId))!.bytes)
  expect(rows.filter((r) => r[4] === '待登记房屋').map((r) => r[3])).toEqual([hh.address])
})
