// The reminders count what is left of each village's monthly plan over many villages at
// once; the count must be the plan's own, whatever the month, retired houses, households
// without a house or self-checks.
import { villagePlan } from '../../server/services/patrols/monthly-plan'
import { leftToPatrol } from '../../server/services/patrols/plan-left'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { safePatrol } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6, now: '2026-11-20T10:00:00+08:00' })
})
afterEach(() => env.close())

it('what is left of every village plan, counted for all villages at once, is what each village plan leaves', async () => {
  const houses = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 4 })
  ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(houses[0]!._id, { patrolledAt: '2026-11-20T09:00:00+08:00' })))
  // A retired house leaves the plan; its household, with no other house, becomes a 待登记房屋 row.
  await env.rt.deps.store.collection('houses').update(houses[1]!._id, { retiredAt: '2026-11-19T10:00:00.000Z' })
  const villages = (await env.rt.store.collection('orgs').find({ where: { level: 'village' } })).map((v) => v._id)
  for (const month of ['2026-11', '2026-10']) {
    const left = await leftToPatrol(env.rt.deps, villages, month)
    for (const v of villages) {
      const plan = await villagePlan(env.rt.deps, v, month)
      expect([v, month, left.get(v)]).toEqual([v, month, plan.filter((p) => p.status !== 'done').length])
    }
  }
})
