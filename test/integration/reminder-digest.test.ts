// Reminders are digested: a street that drew dozens of houses gets one message a day
// listing them, not one per house (seed 七: the person who must act is reminded, not buried).
import { runReminders } from '../../server/jobs/reminders'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 4, now: '2026-11-10T10:00:00+08:00' })
})
afterEach(() => env.close())

const STAFF = DEMO.staffBachuan
const digests = async (userId: string, title: string) => (await env.rt.store.collection('inbox').find({ where: { userId } })).filter((m) => m.title === title)

it('street staff get one digest a day, not one message per task', async () => {
  const sample = ok(await env.call(STAFF, 'sample.draw', { sampleId: 'smp-many', month: '2026-11', mode: 'count', value: 2 }))
  const drawn = sample.villages.reduce((n, v) => n + v.drawn.length, 0)
  expect(drawn).toBeGreaterThan(10)

  env.clock.set('2026-11-28T08:00:00+08:00')
  await runReminders(env.rt.deps)
  await runReminders(env.rt.deps)
  const first = await digests(STAFF, '待办任务提醒')
  expect(first).toHaveLength(1)
  expect(first[0]!.body).toMatch(new RegExp(`^今天有 ${drawn} 项待办：.+街道随机巡查（11月30日到期）.* 等$`))
  expect(first[0]!.page).toBe('street/pages/tasks/index')
  const pushed = (await env.rt.store.collection('outbox').find({ where: { userId: STAFF } })).filter((m) => m.title === '待办任务提醒')
  expect(pushed).toHaveLength(1)
  expect(pushed[0]!.fields.thing3).toContain(`共 ${drawn} 项`)

  // The next day brings the next digest, still one.
  env.clock.set('2026-11-29T08:00:00+08:00')
  await runReminders(env.rt.deps)
  expect(await digests(STAFF, '待办任务提醒')).toHaveLength(2)

  // Past the due date the street staff get one escalation digest a day, not one per house.
  env.clock.set('2026-12-01T08:00:00+08:00')
  await runReminders(env.rt.deps)
  await runReminders(env.rt.deps)
  const late = await digests(STAFF, '逾期任务督办')
  expect(late).toHaveLength(1)
  expect(late[0]!.body).toMatch(new RegExp(`^有 ${drawn} 项任务已过期限：`))
})
