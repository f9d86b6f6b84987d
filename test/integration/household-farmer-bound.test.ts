// A household's page offers 生成绑定二维码 only while no farmer is bound to it: the detail
// says whether one is.
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { ORG } from '../support/builders'

let env: TestEnv

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3 })
})
afterEach(() => env.close())

it('a household with a bound farmer says so; one without, or whose farmer was unbound, does not', async () => {
  const bound = (await env.rt.store.collection('users').get(DEMO.farmerYulong))!.householdId!
  const other = (await env.rt.store.collection('households').find({ where: { villageId: ORG.yulong, status: 'monitored' } })).find((h) => h._id !== bound)!
  expect(ok(await env.call(DEMO.staffBachuan, 'household.get', { householdId: bound })).farmerBound).toBe(true)
  expect(ok(await env.call(DEMO.staffBachuan, 'household.get', { householdId: other._id })).farmerBound).toBe(false)
  await env.rt.store.collection('users').update(DEMO.farmerYulong, { disabled: true })
  expect(ok(await env.call(DEMO.staffBachuan, 'household.get', { householdId: bound })).farmerBound).toBe(false)
})
