// 街道随机巡查 (seed 四(三)): the street draws houses, confirms the draw it previewed, and
// patrols them from its tasks; the village learns which houses were drawn only afterwards.
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { safePatrol } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 4, now: '2026-11-12T10:00:00+08:00' })
})
afterEach(() => env.close())

const STAFF = DEMO.staffBachuan
const INSPECTOR = DEMO.inspectorYulong

/** The app makes sample ids like its other ids: prefix, time and 128 random bits (45 characters). */
const APP_SAMPLE_ID = 'smp-mil2x0k1-0123456789abcdef0123456789abcdef'

async function drawYulong(sampleId = APP_SAMPLE_ID) {
  return ok(await env.call(STAFF, 'sample.draw', { sampleId, month: '2026-11', villageIds: ['v-yulong'], mode: 'count', value: 2 }))
}

it('street staff record a street patrol from its task', async () => {
  await drawYulong()
  const tasks = ok(await env.call(STAFF, 'task.list', { status: 'open', villageId: 'v-yulong' })).items.filter((t) => t.kind === 'streetPatrol')
  expect(tasks).toHaveLength(2)
  const task = tasks[0]!
  expect(task.houseId).toBeTruthy()
  const view = ok(await env.call(STAFF, 'patrol.submit', safePatrol(task.houseId!, { kind: 'street', taskId: task.id, patrolledAt: '2026-11-12T09:30:00+08:00' })))
  expect(view.kind).toBe('street')
  expect((await env.rt.store.collection('tasks').get(task.id))!.status).toBe('done')
  const open = ok(await env.call(STAFF, 'task.list', { status: 'open', villageId: 'v-yulong' })).items.filter((t) => t.kind === 'streetPatrol')
  expect(open.map((t) => t.id)).toEqual([tasks[1]!.id])
  expect(await env.rt.store.collection('patrols').count({ kind: 'street', houseId: task.houseId! })).toBe(1)
})

it('the village does not see which houses the street drew until the street patrol is done', async () => {
  await drawYulong()
  const drawn = ok(await env.call(STAFF, 'task.list', { status: 'open', villageId: 'v-yulong' })).items.filter((t) => t.kind === 'streetPatrol')
  expect(drawn).toHaveLength(2)
  const seen = async (status: 'open' | 'done') => ok(await env.call(INSPECTOR, 'task.list', { status, pageSize: 50 })).items.filter((t) => t.kind === 'streetPatrol').map((t) => t.id)
  expect(await seen('open')).toEqual([])
  expect(ok(await env.call(INSPECTOR, 'task.list', { status: 'open', overdueOnly: false, villageId: 'v-yulong' })).total).toBe(0)
  ok(await env.call(STAFF, 'patrol.submit', safePatrol(drawn[0]!.houseId!, { kind: 'street', taskId: drawn[0]!.id, patrolledAt: '2026-11-12T09:30:00+08:00' })))
  // Once the street has been there, the village may know.
  expect(await seen('done')).toEqual([drawn[0]!.id])
  expect(await seen('open')).toEqual([])
})

it('a draw previews houses per village and is due at month end', async () => {
  const preview = ok(await env.call(STAFF, 'sample.preview', { month: '2026-11', villageIds: ['v-yulong', 'v-shizi'], mode: 'count', value: 2 }))
  expect(preview).toMatchObject({ month: '2026-11', dueDate: '2026-11-30', total: 4 })
  expect(preview.villages.map((v) => [v.villageName, v.drawn]).sort()).toEqual([['狮子村', 2], ['玉龙村', 2]].sort())
  // The preview wrote nothing: no sample, no task.
  expect(await env.rt.store.collection('tasks').count({ kind: 'streetPatrol' })).toBe(0)
  // Confirmed with the previewed seed, the draw takes the previewed numbers, due at the end of the month, not today.
  const sample = ok(await env.call(STAFF, 'sample.draw', { sampleId: 'smp-confirmed', month: '2026-11', villageIds: ['v-yulong', 'v-shizi'], mode: 'count', value: 2, seed: preview.seed }))
  expect(sample.villages.map((v) => [v.villageId, v.drawn.length])).toEqual(preview.villages.map((v) => [v.villageId, v.drawn]))
  const again = ok(await env.call(STAFF, 'sample.preview', { month: '2026-11', villageIds: ['v-yulong', 'v-shizi'], mode: 'count', value: 2, seed: preview.seed }))
  expect(again).toEqual(preview)
  const tasks = await env.rt.store.collection('tasks').find({ where: { kind: 'streetPatrol' } })
  expect(new Set(tasks.map((t) => t.dueDate))).toEqual(new Set(['2026-11-30']))
  expect(tasks.map((t) => t.houseId).sort()).toEqual(sample.villages.flatMap((v) => v.drawn).sort())
})
