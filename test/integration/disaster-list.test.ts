// 灾情列表: every declared disaster can be found again from the list, by whoever must act
// on it, with where its damage reporting stands.
import { runTick } from '../../server/jobs/tick'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { uploadPhoto } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const declare = (userId: string, eventId: string, villageIds: string[], occurredAt: string, kind: 'flood' | 'landslide' = 'flood') =>
  env.call(userId, 'disaster.declare', { eventId, kind, occurredAt, villageIds, description: kind === 'flood' ? '山洪' : '滑坡' })

async function reportOneHouse(eventId: string, villageId: string, inspector: string): Promise<void> {
  const [house] = await env.rt.store.collection('houses').find({ where: { villageId }, limit: 1 })
  ok(await env.call(inspector, 'disaster.report', { reportId: `dr-${eventId}-${villageId}`, eventId, houseId: house!._id, damage: 'severe', peopleAffected: 2, measures: '已转移', major: false, photos: [await uploadPhoto(env, inspector)] }))
}

it("an inspector sees the disaster that covers his village, and not one of another village or another street", async () => {
  ok(await declare(DEMO.staffBachuan, 'de-flood', ['v-yulong', 'v-shizi'], '2026-11-28T06:00:00+08:00'))
  ok(await declare(DEMO.staffBachuan, 'de-baima', ['v-baima'], '2026-11-27T06:00:00+08:00', 'landslide'))
  ok(await declare(DEMO.staffDongcheng, 'de-east', ['v-qingshan'], '2026-11-28T07:00:00+08:00'))

  const list = ok(await env.call(DEMO.inspectorYulong, 'disaster.list', {}))
  expect(list.items.map((d) => d.id)).toEqual(['de-flood'])
  expect(list.total).toBe(1)
  // His own village in detail; the other covered village only as a count.
  expect(list.items[0]).toMatchObject({ kindLabel: '洪涝', villageCount: 2, state: 'reporting', dueDate: '2026-12-01', mine: [{ villageId: 'v-yulong', villageName: '玉龙村', done: false, overdue: false }] })
})

it("street staff and the leader see every disaster of their street, newest first, and nothing of another street", async () => {
  ok(await declare(DEMO.staffBachuan, 'de-old', ['v-baima'], '2026-11-20T06:00:00+08:00', 'landslide'))
  ok(await declare(DEMO.inspectorYulong, 'de-new', ['v-yulong'], '2026-11-28T06:00:00+08:00'))
  ok(await declare(DEMO.staffDongcheng, 'de-east', ['v-qingshan'], '2026-11-28T07:00:00+08:00'))

  for (const user of [DEMO.staffBachuan, DEMO.leaderBachuan]) {
    expect(ok(await env.call(user, 'disaster.list', {})).items.map((d) => d.id)).toEqual(['de-new', 'de-old'])
  }
  expect(ok(await env.call(DEMO.staffDongcheng, 'disaster.list', {})).items.map((d) => d.id)).toEqual(['de-east'])
  // One at a time, the second page holds the older one.
  const second = ok(await env.call(DEMO.staffBachuan, 'disaster.list', { page: 2, pageSize: 1 }))
  expect([second.total, second.items.map((d) => d.id)]).toEqual([2, ['de-old']])
})

it('tells each caller whether his villages have finished reporting, and which are late', async () => {
  ok(await declare(DEMO.staffBachuan, 'de-flood', ['v-yulong', 'v-shizi'], '2026-11-28T06:00:00+08:00'))
  await reportOneHouse('de-flood', 'v-yulong', DEMO.inspectorYulong)
  ok(await env.call(DEMO.inspectorYulong, 'disaster.villageDone', { eventId: 'de-flood', villageId: 'v-yulong', note: '' }))

  // Day 4: 玉龙 finished in time, 狮子 never said it was done.
  env.clock.set('2026-12-02T09:00:00+08:00')
  const [yulong] = ok(await env.call(DEMO.inspectorYulong, 'disaster.list', {})).items
  expect(yulong).toMatchObject({ state: 'overdue', reports: 1, mine: [{ villageId: 'v-yulong', done: true, overdue: false }] })
  const [shizi] = ok(await env.call(DEMO.inspectorShizi, 'disaster.list', {})).items
  expect(shizi).toMatchObject({ state: 'overdue', reports: 0, mine: [{ villageId: 'v-shizi', done: false, overdue: true }] })
  const [street] = ok(await env.call(DEMO.staffBachuan, 'disaster.list', {})).items
  expect(street!.reports).toBe(1)
  expect(street!.mine.map((v) => [v.villageName, v.done, v.overdue])).toEqual([
    ['玉龙村', true, false],
    ['狮子村', false, true],
  ])

  // 狮子 finishes late: the disaster is done, and nobody is late any more.
  ok(await env.call(DEMO.inspectorShizi, 'disaster.villageDone', { eventId: 'de-flood', villageId: 'v-shizi', note: '本村无受损房屋' }))
  const [after] = ok(await env.call(DEMO.staffBachuan, 'disaster.list', {})).items
  expect([after!.state, after!.mine.some((v) => v.overdue)]).toEqual(['done', false])
})

it('is empty, not an error, for a street that has declared nothing', async () => {
  expect(ok(await env.call(DEMO.leaderBachuan, 'disaster.list', {}))).toEqual({ items: [], total: 0, page: 1, pageSize: 20 })
})

it('the reminder before the deadline and the escalation after it open the disaster itself', async () => {
  ok(await declare(DEMO.staffBachuan, 'de-flood', ['v-shizi'], '2026-11-28T06:00:00+08:00'))
  for (const day of ['2026-12-01', '2026-12-02']) {
    env.clock.set(`${day}T09:00:00+08:00`)
    await runTick(env.rt.deps)
  }
  const pages = async (userId: string) => (await env.rt.store.collection('inbox').find({ where: { userId } })).filter((m) => m.title.includes('灾损上报')).map((m) => m.page)
  expect(await pages(DEMO.inspectorShizi)).toEqual(['inspector/pages/disaster/index?eventId=de-flood'])
  expect(await pages(DEMO.leaderBachuan)).toEqual(['street/pages/disaster/index?eventId=de-flood'])
})
