// The demo a newcomer sees with `npm start`: half a year of patrols behind the plan,
// the trends and the counters, all consistent with the raw records.
import { seedDemoHistory } from '../../server/seed/demo-history'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-20T10:00:00+08:00' })
  await seedDemoHistory(env.rt.deps)
})
afterAll(() => env.close())

it('gives the dashboard six months of patrol trends and counters without drift', async () => {
  const d = ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', {}))
  const past = d.trends.slice(5, 11)
  expect(past.every((t) => t.patrolled > 0)).toBe(true)
  expect(d.totals.patrolledThisMonth).toBeGreaterThan(0)
  expect(ok(await env.call(DEMO.leaderBachuan, 'counters.check', {})).drift).toEqual([])
})

it('leaves most houses patrolled last month, so the plan is mostly 未巡 rather than 逾期', async () => {
  const plan = ok(await env.call(DEMO.inspectorYulong, 'patrol.plan', { pageSize: 50 }))
  expect(plan.counts.done + plan.counts.pending).toBeGreaterThan(plan.counts.overdue)
})
