// A village inspector sees the damage reports of his own village only: the houses and
// cases of other villages are not his to see.
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { uploadPhoto } from '../support/patrols'

let env: TestEnv
beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 3 })
  ok(await env.call(DEMO.staffBachuan, 'disaster.declare', { eventId: 'de-scope', kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-yulong', 'v-shizi'], description: '山洪' }))
  for (const [inspector, villageId] of [[DEMO.inspectorYulong, 'v-yulong'], [DEMO.inspectorShizi, 'v-shizi']] as const) {
    const [house] = await env.rt.store.collection('houses').find({ where: { villageId }, limit: 1 })
    ok(await env.call(inspector, 'disaster.report', { reportId: `dr-scope-${villageId}`, eventId: 'de-scope', houseId: house!._id, damage: 'general', peopleAffected: 1, measures: '', major: false, photos: [await uploadPhoto(env, inspector)] }))
  }
})
afterAll(() => env.close())

it("玉龙's inspector sees only 玉龙's damage reports of a disaster over two villages", async () => {
  const seen = ok(await env.call(DEMO.inspectorYulong, 'disaster.get', { eventId: 'de-scope' }))
  expect(seen.reports.map((r) => r.villageId)).toEqual(['v-yulong'])
})

it('after reporting, the inspector is shown only his own village\'s reports', async () => {
  const [house] = await env.rt.store.collection('houses').find({ where: { villageId: 'v-shizi' }, limit: 2 })
  const seen = ok(await env.call(DEMO.inspectorShizi, 'disaster.report', { reportId: 'dr-scope-again', eventId: 'de-scope', houseId: house!._id, damage: 'general', peopleAffected: 1, measures: '', major: false, photos: [await uploadPhoto(env, DEMO.inspectorShizi)] }))
  expect([...new Set(seen.reports.map((r) => r.villageId))]).toEqual(['v-shizi'])
})

it("the street still sees every village's damage reports", async () => {
  const seen = ok(await env.call(DEMO.staffBachuan, 'disaster.get', { eventId: 'de-scope' }))
  expect(seen.reports.map((r) => r.villageId).sort()).toEqual(['v-shizi', 'v-shizi', 'v-yulong'])
})
