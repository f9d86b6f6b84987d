// Titles and banners name the caller's own street and district, from the org tree: a 东城
// user is told 铜梁区东城街道, never 巴川.
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 2 })
})
afterAll(() => env.close())

it('a 东城 staff member is told his own street and its district', async () => {
  const me = ok(await env.call(DEMO.staffDongcheng, 'auth.me', {}))
  expect(me.street?.name).toBe('东城街道')
  expect(me.district?.name).toBe('铜梁区')
  expect(JSON.stringify(me)).not.toContain('巴川')
})

it('an inspector is told the street and district his village belongs to', async () => {
  const me = ok(await env.call(DEMO.inspectorYulong, 'auth.me', {}))
  expect([me.district?.name, me.street?.name]).toEqual(['铜梁区', '巴川街道'])
})
