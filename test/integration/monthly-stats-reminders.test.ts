// Monthly statistics are due on the 5th of the next month: every village that has not
// submitted is reminded in the days before, and its street told after; a village that
// submitted hears nothing.
import { runReminders } from '../../server/jobs/reminders'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 2, now: '2026-12-04T09:00:00+08:00' })
})
afterEach(() => env.close())

const messagesTo = async (userId: string, prefix: string) => (await env.rt.store.collection('inbox').find({ where: { userId } })).filter((m) => m._id.includes(prefix) || m.title.includes(prefix))

it('villages without last month statistics are reminded before the 5th and escalated after, a submitting village is not', async () => {
  ok(await env.call(DEMO.inspectorYulong, 'stats.monthlySubmit', { villageId: 'v-yulong', month: '2026-11', submissionId: 'sub-yulong-11', note: '' }))
  await runReminders(env.rt.deps)
  expect(await messagesTo(DEMO.inspectorYulong, '请提交11月月度统计')).toHaveLength(0)
  expect(await messagesTo(DEMO.inspectorShizi, '请提交11月月度统计')).toHaveLength(1)

  env.clock.set('2026-12-06T09:00:00+08:00')
  await runReminders(env.rt.deps)
  const escalations = (await env.rt.store.collection('inbox').find({ where: { userId: DEMO.staffBachuan } })).filter((m) => m.title === '11月月度统计未提交')
  expect(escalations.length).toBeGreaterThan(0)
  expect(escalations.some((m) => m.body.includes('玉龙'))).toBe(false)
})
