// The audit log's reader: street staff find who did what in their own street, by person,
// action and date, a page at a time, and never what another street's people did.
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { aHousehold, ORG } from '../support/builders'

let env: TestEnv

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-11-20T10:00:00+08:00' })
})
afterEach(() => env.close())

async function reveal(user: string, villageId: string, day: string) {
  env.clock.set(`${day}T10:00:00+08:00`)
  const hh = await aHousehold(env, villageId)
  ok(await env.call(user, 'household.reveal', { householdId: hh._id, field: 'phone' }))
}

it("street staff read their street's entries by person, action and date, and never another street's", async () => {
  await reveal(DEMO.inspectorYulong, ORG.yulong, '2026-11-18')
  await reveal(DEMO.inspectorShizi, ORG.shizi, '2026-11-19')
  await reveal(DEMO.staffDongcheng, ORG.qingshan, '2026-11-19')
  env.clock.set('2026-11-20T10:00:00+08:00')
  ok(await env.call(DEMO.staffBachuan, 'ledger.export', { villageId: ORG.yulong }))

  const all = ok(await env.call(DEMO.staffBachuan, 'audit.list', {}))
  expect(all.items.map((e) => e.actorId)).not.toContain(DEMO.staffDongcheng)
  expect(all.items.map((e) => e.actionLabel)).toEqual(['导出监测台账', '查看完整号码', '查看完整号码'])
  expect(all.people.map((p) => p.id)).toEqual(expect.arrayContaining([DEMO.inspectorYulong, DEMO.staffBachuan, DEMO.leaderBachuan]))
  expect(all.people.map((p) => p.id)).not.toContain(DEMO.staffDongcheng)

  const byPerson = ok(await env.call(DEMO.staffBachuan, 'audit.list', { actorId: DEMO.inspectorYulong }))
  expect(byPerson.items.map((e) => [e.actorName, e.action])).toEqual([[expect.any(String), 'household.reveal']])
  const byAction = ok(await env.call(DEMO.staffBachuan, 'audit.list', { action: 'household.reveal', from: '2026-11-19', to: '2026-11-19' }))
  expect(byAction.items.map((e) => e.actorId)).toEqual([DEMO.inspectorShizi])
  // Another street's person is not found, as if he had done nothing.
  expect(ok(await env.call(DEMO.staffBachuan, 'audit.list', { actorId: DEMO.staffDongcheng })).total).toBe(0)
})

it('the log is read a page at a time, newest first', async () => {
  for (const day of ['2026-11-15', '2026-11-16', '2026-11-17']) await reveal(DEMO.inspectorYulong, ORG.yulong, day)
  const first = ok(await env.call(DEMO.staffBachuan, 'audit.list', { page: 1, pageSize: 2 }))
  const second = ok(await env.call(DEMO.staffBachuan, 'audit.list', { page: 2, pageSize: 2 }))
  expect(first.total).toBe(3)
  expect([...first.items, ...second.items].map((e) => e.at.slice(0, 10))).toEqual(['2026-11-17', '2026-11-16', '2026-11-15'])
})

it('a date range that ends before it starts is refused; only street staff read the log', async () => {
  expect(await env.call(DEMO.staffBachuan, 'audit.list', { from: '2026-11-20', to: '2026-11-01' })).toFailWith('VALIDATION')
  for (const u of [DEMO.inspectorYulong, DEMO.leaderBachuan, DEMO.farmerYulong]) expect(await env.call(u, 'audit.list', {})).toFailWith('FORBIDDEN')
})
