// 问责: the overdue view shows, per village and per person, what is overdue now and how often
// each was late in the last 12 months, and every figure opens exactly the items it counts.
import { OVERDUE_KINDS, type OverdueView } from '../../domain'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { aHouseWithoutCase, ORG } from '../support/builders'
import { safePatrol, uploadPhoto } from '../support/patrols'

let env: TestEnv

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 4, now: '2026-11-20T10:00:00+08:00' })
})
afterEach(() => env.close())

const summary = async (user: string = DEMO.staffBachuan): Promise<OverdueView> => ok(await env.call(user, 'overdue.summary', {}))
const village = (v: OverdueView, id: string) => v.villages.find((r) => r.villageId === id)!
const person = (v: OverdueView, id: string) => v.people.find((r) => r.userId === id)

async function trend(villageId: string, month: string, patrolled: number, houses: number) {
  await env.rt.store.collection('villageMonths').set({ _id: `${villageId}:${month}`, villageId, month, patrolled, houses, dangerous: 0, casesOpened: 0 })
}

it('a month with houses left unpatrolled counts late for the village and its inspector', async () => {
  await trend(ORG.yulong, '2026-09', 3, 4)
  await trend(ORG.yulong, '2026-10', 4, 4)
  await trend(ORG.shizi, '2026-09', 4, 4)
  const v = await summary()
  expect(v.items.find((i) => i.id === 'patrol:v-yulong:2026-09')).toMatchObject({ title: '2026-09 月度巡查：1 栋房屋没有巡查', dueDate: '2026-09-30', overdueNow: false })
  // 玉龙 ran in October and nothing has been patrolled since: every house is overdue now.
  expect(v.items.find((i) => i.id === 'patrol:v-yulong:now')).toMatchObject({ title: expect.stringMatching(/^\d+ 栋房屋上月没有巡查，本月还没补上$/), overdueNow: true })
  expect(village(v, ORG.yulong)).toMatchObject({ late: { patrol: 2 }, now: { patrol: 1 } })
  expect(person(v, DEMO.inspectorYulong)).toMatchObject({ late: { patrol: 2 }, now: { patrol: 1 } })
  expect(village(v, ORG.shizi)).toMatchObject({ late: { patrol: 0 }, now: { patrol: 0 } })
})

it('monthly statistics submitted late count late; a month not submitted past its deadline is overdue now', async () => {
  await trend(ORG.yulong, '2026-09', 4, 4)
  await trend(ORG.yulong, '2026-10', 4, 4)
  env.clock.set('2026-10-09T10:00:00+08:00')
  ok(await env.call(DEMO.inspectorYulong, 'stats.monthlySubmit', { submissionId: 'ms-late-09', villageId: ORG.yulong, month: '2026-09', note: '' }))
  env.clock.set('2026-11-20T10:00:00+08:00')
  const v = await summary()
  const stats = v.items.filter((i) => i.kind === 'stats' && i.villageId === ORG.yulong)
  expect(stats.map((i) => [i.title, i.doneOn, i.overdueNow])).toEqual([
    ['2026-10 月度统计未提交', null, true],
    ['2026-09 月度统计逾期提交', '2026-10-09', false],
  ])
  expect(village(v, ORG.yulong).now.stats).toBe(1)
  expect(village(v, ORG.yulong).late.stats).toBe(2)
  expect(person(v, DEMO.inspectorYulong)!.late.stats).toBe(2)
})

it('a case step past its due date is overdue now for its owner, and once done late it stays late for the one who did it', async () => {
  const house = await aHouseWithoutCase(env)
  const photo = await uploadPhoto(env, DEMO.inspectorYulong)
  env.clock.set('2026-11-01T10:00:00+08:00')
  const patrol = ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(house._id, { patrolledAt: '2026-11-01T09:30:00+08:00', judgment: 'suspectedDanger', photos: [{ fileId: photo, takenAt: '2026-11-01T09:00:00+08:00', lat: null, lng: null }] })))
  let c = ok(await env.call(DEMO.inspectorYulong, 'case.get', { caseId: patrol.caseId! }))
  env.clock.set('2026-11-20T10:00:00+08:00')
  let v = await summary()
  const now = v.items.filter((i) => i.kind === 'case' && i.overdueNow)
  expect(now).toHaveLength(1)
  expect(now[0]!.people.map((p) => p.id)).toContain(DEMO.inspectorYulong)
  expect(now[0]!.page).toBe(`street/pages/case/index?caseId=${c.id}`)

  c = ok(await env.call(DEMO.inspectorYulong, 'case.transition', { caseId: c.id, transitionId: 'late-1', expectRev: c.rev, action: 'reportToStreet', note: '' }))
  v = await summary()
  const late = v.items.filter((i) => i.kind === 'case' && !i.overdueNow)
  expect(late).toHaveLength(1)
  expect(late[0]).toMatchObject({ doneOn: '2026-11-20', people: [{ id: DEMO.inspectorYulong }] })
  expect(person(v, DEMO.inspectorYulong)!.late.case).toBe(1)
})

it('a village that has not finished its disaster report by the deadline is overdue now', async () => {
  env.clock.set('2026-11-10T10:00:00+08:00')
  ok(await env.call(DEMO.staffBachuan, 'disaster.declare', { eventId: 'de-flood', kind: 'flood', occurredAt: '2026-11-10T06:00:00+08:00', villageIds: [ORG.yulong, ORG.shizi], description: '洪水' }))
  ok(await env.call(DEMO.inspectorShizi, 'disaster.villageDone', { eventId: 'de-flood', villageId: ORG.shizi }))
  env.clock.set('2026-11-20T10:00:00+08:00')
  const v = await summary()
  const items = v.items.filter((i) => i.kind === 'disaster')
  expect(items.map((i) => [i.villageId, i.overdueNow])).toEqual([[ORG.yulong, true]])
  expect(items[0]!.page).toBe('street/pages/disaster/index?eventId=de-flood')
  expect(person(v, DEMO.inspectorShizi)?.late.disaster ?? 0).toBe(0)
})

it('every figure of every village and person opens exactly the items it counts', async () => {
  await trend(ORG.yulong, '2026-08', 2, 4)
  await trend(ORG.jinlong, '2026-09', 1, 4)
  ok(await env.call(DEMO.staffBachuan, 'disaster.declare', { eventId: 'de-2', kind: 'flood', occurredAt: '2026-11-10T06:00:00+08:00', villageIds: [ORG.yulong, ORG.jinlong], description: '洪水' }))
  const v = await summary(DEMO.leaderBachuan)
  expect(v.items.length).toBeGreaterThan(3)
  for (const row of v.villages) {
    for (const k of OVERDUE_KINDS) {
      const mine = v.items.filter((i) => i.villageId === row.villageId && i.kind === k)
      expect([row.villageName, k, row.late[k], row.now[k]]).toEqual([row.villageName, k, mine.length, mine.filter((i) => i.overdueNow).length])
    }
  }
  for (const row of v.people) {
    for (const k of OVERDUE_KINDS) {
      const mine = v.items.filter((i) => i.people.some((p) => p.id === row.userId) && i.kind === k)
      expect([row.name, k, row.late[k], row.now[k]]).toEqual([row.name, k, mine.length, mine.filter((i) => i.overdueNow).length])
    }
  }
})

it("a street sees only its own villages and people; village inspectors have no overdue view", async () => {
  await trend(ORG.yulong, '2026-09', 1, 4)
  const dongcheng = await summary(DEMO.staffDongcheng)
  expect(dongcheng.villages.map((r) => r.villageId)).not.toContain(ORG.yulong)
  expect(dongcheng.items.filter((i) => i.villageId === ORG.yulong)).toEqual([])
  expect(await env.call(DEMO.inspectorYulong, 'overdue.summary', {})).toFailWith('FORBIDDEN')
})
