// The farmer's own page: his house and his case, in his words — not the welfare
// categories (特困, 易返贫致贫户…) the departments list him under.
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

it("the farmer's page shows no welfare categories", async () => {
  const me = ok(await env.call(DEMO.farmerYulong, 'auth.me', {}))
  const hhId = me.householdId!
  await env.rt.store.collection('households').update(hhId, { categories: ['tekun', 'unstable'] } as never)
  const mine = ok(await env.call(DEMO.farmerYulong, 'household.get', { householdId: hhId }))
  expect(mine.categories).toEqual([])
  // Staff still see them.
  const staff = ok(await env.call(DEMO.inspectorYulong, 'household.get', { householdId: hhId }))
  expect(staff.categories).toEqual(['tekun', 'unstable'])
})
