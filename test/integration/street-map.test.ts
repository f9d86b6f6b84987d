// 全街道一张图: every village of the caller's street as one cluster with the dashboard's own
// figures, placed at the village, read at a cost that grows with villages, not houses.
import { BACHUAN_VILLAGES, DONGCHENG_VILLAGES } from '../../server/seed/demo-orgs'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { safePatrol, uploadPhoto } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6, now: '2026-11-20T10:00:00+08:00' })
})
afterEach(() => env.close())

const FIGURES = ['houses', 'households', 'occupiedDangerous', 'occupiedSuspected', 'openCases'] as const

async function expectSameAsDashboard(userId: string): Promise<void> {
  const map = ok(await env.call(userId, 'map.villages', {}))
  const dashboard = ok(await env.call(userId, 'dashboard.summary', {}))
  expect(map.villages.map((v) => v.villageId)).toEqual(dashboard.villages.map((v) => v.villageId))
  for (const v of map.villages) {
    const d = dashboard.villages.find((x) => x.villageId === v.villageId)!
    for (const f of FIGURES) expect({ village: v.villageName, figure: f, value: v[f] }).toEqual({ village: d.villageName, figure: f, value: d[f] })
  }
}

it("each village's cluster carries the dashboard's figures, also after a patrol opens a case", async () => {
  await expectSameAsDashboard(DEMO.leaderBachuan)
  const [house] = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong', openCaseId: null }, limit: 1 })
  const before = ok(await env.call(DEMO.staffBachuan, 'map.villages', {})).villages.find((v) => v.villageId === 'v-yulong')!
  const photos = [{ fileId: await uploadPhoto(env, DEMO.inspectorYulong), takenAt: '2026-11-20T09:00:00+08:00', lat: null, lng: null }]
  ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(house!._id, { judgment: 'suspectedDanger', photos, patrolledAt: '2026-11-20T09:00:00+08:00' })))
  const after = ok(await env.call(DEMO.staffBachuan, 'map.villages', {})).villages.find((v) => v.villageId === 'v-yulong')!
  expect(after.openCases).toBe(before.openCases + 1)
  await expectSameAsDashboard(DEMO.staffBachuan)
})

it("a 巴川 leader sees every 巴川 village at the village's own position", async () => {
  const { villages } = ok(await env.call(DEMO.leaderBachuan, 'map.villages', {}))
  expect(villages.map((v) => v.villageId).sort()).toEqual(BACHUAN_VILLAGES.map((v) => v.id).sort())
  for (const v of villages) {
    const org = BACHUAN_VILLAGES.find((o) => o.id === v.villageId)!
    expect(v).toMatchObject({ villageName: org.name, lat: org.lat, lng: org.lng, placedBy: 'village' })
  }
})

it('a 东城 user never sees a 巴川 village, and an inspector may not read the street map', async () => {
  const { villages } = ok(await env.call(DEMO.staffDongcheng, 'map.villages', {}))
  expect(villages.map((v) => v.villageId).sort()).toEqual(DONGCHENG_VILLAGES.map((v) => v.id).sort())
  expect(await env.call(DEMO.inspectorYulong, 'map.villages', {})).toFailWith('FORBIDDEN')
  expect(await env.call(DEMO.farmerYulong, 'map.villages', {})).toFailWith('FORBIDDEN')
})

it('a village without its own position sits at the centre of its located houses; one with no position at all says so', async () => {
  const orgs = env.rt.store.collection('orgs')
  await orgs.update('v-shizi', { lat: null, lng: null })
  await orgs.update('v-jinlong', { lat: null, lng: null })
  const houses = env.rt.store.collection('houses')
  for (const h of await houses.find({ where: { villageId: 'v-jinlong' } })) await houses.update(h._id, { lat: null, lng: null })
  env.rt.deps.orgs.invalidate()
  const located = (await houses.find({ where: { villageId: 'v-shizi', retiredAt: null } })).filter((h) => h.lat !== null)
  expect(located.length).toBeGreaterThan(0)
  const { villages } = ok(await env.call(DEMO.staffBachuan, 'map.villages', {}))
  const shizi = villages.find((v) => v.villageId === 'v-shizi')!
  expect(shizi.placedBy).toBe('houses')
  expect(shizi.lat).toBeCloseTo(located.reduce((a, h) => a + h.lat!, 0) / located.length, 9)
  expect(shizi.lng).toBeCloseTo(located.reduce((a, h) => a + h.lng!, 0) / located.length, 9)
  expect(villages.find((v) => v.villageId === 'v-jinlong')).toMatchObject({ lat: null, lng: null, placedBy: null, housesLocated: false })
})

it('reads a bounded number of houses per village and no household, whatever the number of houses', async () => {
  // The first read of a village never counted yet recounts it (the safety net); then the counters are kept.
  ok(await env.call(DEMO.leaderBachuan, 'map.villages', {}))
  const store = env.rt.deps.store
  const original = store.collection.bind(store)
  const read = new Map<string, number>()
  jest.spyOn(store, 'collection').mockImplementation(((name: Parameters<typeof original>[0]) => {
    const col = original(name)
    const count = (docs: unknown[]) => (read.set(name, (read.get(name) ?? 0) + docs.length), docs)
    return { ...col, find: async (o: never) => count(await col.find(o)), getMany: async (ids: string[]) => count(await col.getMany(ids)), get: async (id: string) => (count([await col.get(id)]), col.get(id)) } as never
  }) as never)
  ok(await env.call(DEMO.leaderBachuan, 'map.villages', {}))
  // Each 巴川 village has its own position: one located house tells it has houses to show.
  expect(read.get('houses') ?? 0).toBeLessThanOrEqual(BACHUAN_VILLAGES.length)
  expect(read.get('households') ?? 0).toBe(0)
})
