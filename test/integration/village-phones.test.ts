// The farmer can call his village inspector from the app: the inspector gives his phone on
// his own account (sealed like household phones), and only the farmers of his village
// get it whole.
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

it("the farmer gets his village inspector's phone to call, once the inspector has given it", async () => {
  expect(ok(await env.call(DEMO.farmerYulong, 'village.contacts', {}))).toEqual([])
  expect(ok(await env.call(DEMO.inspectorYulong, 'me.setPhone', { phone: '138 0013 8000' }))).toEqual({ phoneMasked: '138****8000' })
  const stored = (await env.rt.store.collection('users').get(DEMO.inspectorYulong))!
  expect(JSON.stringify(stored)).not.toContain('13800138000')
  expect(ok(await env.call(DEMO.inspectorYulong, 'me.phone', {}))).toEqual({ phoneMasked: '138****8000' })
  const contacts = ok(await env.call(DEMO.farmerYulong, 'village.contacts', {}))
  expect(contacts).toEqual([expect.objectContaining({ roleLabel: '村巡查员', phone: '13800138000' })])
})

it("another village's inspector's phone is never given to the farmer", async () => {
  ok(await env.call(DEMO.inspectorShizi, 'me.setPhone', { phone: '023-45671234' }))
  expect(ok(await env.call(DEMO.farmerYulong, 'village.contacts', {}))).toEqual([])
})

it('a phone that is neither a mobile nor a landline is refused and nothing is written', async () => {
  const before = env.snapshot()
  expect(await env.call(DEMO.inspectorYulong, 'me.setPhone', { phone: '12345' })).toMatchObject({ ok: false, code: 'VALIDATION' })
  expect(env.snapshot()).toBe(before)
})

it('an inspector can clear his phone', async () => {
  ok(await env.call(DEMO.inspectorYulong, 'me.setPhone', { phone: '023-45671234' }))
  expect(ok(await env.call(DEMO.inspectorYulong, 'me.setPhone', { phone: '' }))).toEqual({ phoneMasked: null })
  expect(ok(await env.call(DEMO.farmerYulong, 'village.contacts', {}))).toEqual([])
})
