// The village's monthly patrol: every house once a month, nothing lost, no duplicates.
import type { HouseDoc } from '../../server/store/docs'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { safePatrol, uploadPhoto, type PatrolInput } from '../support/patrols'

const INSPECTOR = DEMO.inspectorYulong
let env: TestEnv
let house: HouseDoc

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-28T10:00:00+08:00' })
  house = (await env.rt.store.collection('houses').get('ho-yulong-00001-1'))!
})
afterEach(() => env.close())

async function hazardPatrol(overrides: Partial<PatrolInput> = {}): Promise<PatrolInput> {
  const fileId = await uploadPhoto(env, INSPECTOR)
  return safePatrol(house._id, {
    findings: { site: 'ok', foundation: 'ok', walls: 'serious', columnsBeams: 'minor', roof: 'ok', enclosure: 'ok' },
    judgment: 'suspectedDanger',
    photos: [{ fileId, takenAt: '2026-11-28T09:29:00+08:00', lat: null, lng: null }],
    notes: '东墙有贯通裂缝',
    ...overrides,
  })
}

it('the same patrol submitted ten times, as an offline replay would, leaves one record', async () => {
  const input = await hazardPatrol()
  const results = await Promise.all(Array.from({ length: 10 }, () => env.call(INSPECTOR, 'patrol.submit', input)))
  expect(results.every((r) => r.ok)).toBe(true)
  expect(await env.rt.store.collection('patrols').count({ houseId: house._id })).toBe(1)
  expect(await env.rt.store.collection('cases').count({ houseId: house._id })).toBe(1)
})

it('a replayed id with different content is a CONFLICT, not a silent overwrite', async () => {
  const input = safePatrol(house._id)
  ok(await env.call(INSPECTOR, 'patrol.submit', input))
  const r = await env.call(INSPECTOR, 'patrol.submit', { ...input, notes: '改了' })
  expect(r.ok ? 'ok' : r.code).toBe('CONFLICT')
})

it('a patrol sent again after its 60 days gets its stored record back, and another inspector still gets the id refused', async () => {
  const input = safePatrol(house._id, { patrolledAt: '2026-11-28T09:00:00+08:00' })
  const first = ok(await env.call(INSPECTOR, 'patrol.submit', input))
  env.clock.advanceDays(70)
  const again = ok(await env.call(INSPECTOR, 'patrol.submit', input))
  expect(again.id).toBe(first.id)
  const fresh = await env.call(INSPECTOR, 'patrol.submit', { ...input, patrolId: 'pt-too-old' })
  expect(fresh.ok ? 'ok' : fresh.code).toBe('VALIDATION')
  const other = await env.call(DEMO.inspectorShizi, 'patrol.submit', input)
  expect(other.ok ? 'ok' : other.code).toBe('FORBIDDEN')
})

it('a suspected dangerous house opens a hazard case reported to the street, with the patrol as evidence', async () => {
  const view = ok(await env.call(INSPECTOR, 'patrol.submit', await hazardPatrol()))
  expect(view.suggested).toBe('suspectedDanger')
  const c = (await env.rt.store.collection('cases').get(view.caseId!))!
  expect(c).toMatchObject({ stage: 'reported', source: 'villagePatrol', evidence: [{ kind: 'patrol', id: view.id }], summary: '东墙有贯通裂缝' })
  // A second finding on the same house joins the open case.
  const second = ok(await env.call(INSPECTOR, 'patrol.submit', await hazardPatrol({ patrolledAt: '2026-11-28T09:45:00+08:00' })))
  expect(second.caseId).toBe(view.caseId)
})

describe('a patrol that cannot be accepted writes nothing', () => {
  async function refused(input: PatrolInput, userId: string = INSPECTOR) {
    const before = env.snapshot()
    const r = await env.call(userId, 'patrol.submit', input)
    expect(env.snapshot()).toBe(before)
    return r.ok ? 'ok' : `${r.code}: ${r.message}`
  }

  it('a house outside the inspector\'s villages', async () => {
    expect(await refused(safePatrol('ho-shizi-00001-1'))).toBe('FORBIDDEN: 这不是您负责的村（社区）')
  })
  it('a date in the future', async () => {
    expect(await refused(safePatrol(house._id, { patrolledAt: '2026-11-29T09:00:00+08:00' }))).toBe('VALIDATION: 巡查时间不能晚于现在')
  })
  it('a hazard without a photo', async () => {
    expect(await refused({ ...(await hazardPatrol()), photos: [] })).toBe('VALIDATION: 判断为存在隐患或疑似危房时，请至少拍 1 张照片')
  })
  it('a file that is not an image', async () => {
    const fileId = (await env.rt.files.put(`uploads/${INSPECTOR}/x.jpg`, Buffer.from('not an image at all'), 'image/jpeg')).fileId
    expect(await refused(await hazardPatrol({ photos: [{ fileId, takenAt: '2026-11-28T09:00:00+08:00', lat: null, lng: null }] }))).toBe('VALIDATION: 第 1 张照片不是图片')
  })
  it('a photo over the size limit', async () => {
    env.rt.deps.config.photoMaxBytes = 32
    expect(await refused(await hazardPatrol())).toBe('VALIDATION: 第 1 张照片太大，最大 0 MB')
  })
  it("someone else's photo", async () => {
    const fileId = await uploadPhoto(env, DEMO.staffBachuan)
    expect(await refused(await hazardPatrol({ photos: [{ fileId, takenAt: '2026-11-28T09:00:00+08:00', lat: null, lng: null }] }))).toBe('FORBIDDEN: 第 1 张照片不是您上传的')
  })
  it('a village patrol filed by street staff', async () => {
    expect(await refused(safePatrol(house._id), DEMO.staffBachuan)).toBe('FORBIDDEN: 村巡查由村巡查员填写')
  })
})

it('flags a patrol recorded far from the house and records how far', async () => {
  const view = ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(house._id, { gps: { lat: house.lat! + 0.01, lng: house.lng!, accuracy: 15 } })))
  expect(view.farFromHouse).toBe(true)
  expect(view.distanceM).toBeGreaterThan(1000)
  const near = ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(house._id, { gps: { lat: house.lat!, lng: house.lng!, accuracy: 15 } })))
  expect(near).toMatchObject({ farFromHouse: false, distanceM: 0 })
})

it('an old photo used again as new evidence is marked as reused', async () => {
  const first = await hazardPatrol()
  ok(await env.call(INSPECTOR, 'patrol.submit', first))
  const again = ok(await env.call(INSPECTOR, 'patrol.submit', { ...first, patrolId: 'pt-again', patrolledAt: '2026-11-28T09:50:00+08:00' }))
  expect(again.photos[0]!.reused).toBe(true)
})

describe('the monthly plan', () => {
  it('lists every monitored house of the village, unpatrolled first, riskiest first', async () => {
    const plan = ok(await env.call(INSPECTOR, 'patrol.plan', { pageSize: 50 }))
    const houses = await env.rt.store.collection('houses').count({ villageId: 'v-yulong' })
    expect(plan.month).toBe('2026-11')
    expect(plan.total).toBe(houses)
    const risks = plan.items.filter((i) => i.status === 'overdue').map((i) => i.risk)
    expect(risks).toEqual([...risks].sort((a, b) => b - a))
  })

  it('marks a house 已巡 once patrolled this month', async () => {
    ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(house._id)))
    const plan = ok(await env.call(INSPECTOR, 'patrol.plan', { status: 'done' }))
    expect(plan.items.map((i) => i.houseId)).toEqual([house._id])
    expect(plan.counts.done).toBe(1)
  })

  it('calls a house patrolled last month 未巡 and one missed for a whole month 逾期', async () => {
    ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(house._id, { patrolledAt: '2026-10-15T09:00:00+08:00' })))
    const plan = ok(await env.call(INSPECTOR, 'patrol.plan', { pageSize: 50 }))
    expect(plan.items.find((i) => i.houseId === house._id)!.status).toBe('pending')
    expect(plan.items.filter((i) => i.houseId !== house._id).every((i) => i.status === 'overdue')).toBe(true)
  })

  it('an inspector cannot see the plan of another village', async () => {
    const r = await env.call(INSPECTOR, 'patrol.plan', { villageId: 'v-shizi' })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  })
})

it('a patrol done for a new-listing check task closes the task', async () => {
  const task = { _id: 'task-nl-test', kind: 'newListingCheck' as const, streetId: 's-bachuan', villageId: 'v-yulong', householdId: house.householdId, title: 't', dueDate: '2026-12-20', status: 'open' as const, createdAt: '', doneAt: null }
  await env.rt.store.collection('tasks').insert(task)
  ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(house._id, { taskId: task._id })))
  expect((await env.rt.store.collection('tasks').get(task._id))!.status).toBe('done')
})

it('the house page shows its patrols and the open case', async () => {
  const view = ok(await env.call(INSPECTOR, 'patrol.submit', await hazardPatrol()))
  const detail = ok(await env.call(DEMO.farmerYulong, 'house.get', { houseId: house._id }))
  expect(detail.patrols.map((p) => p.id)).toEqual([view.id])
  expect(detail.openCaseId).toBe(view.caseId)
  expect(detail.patrols[0]!.photos[0]!.url).toMatch(/\/files\/uploads\//)
})

it('a patrol early on the 1st counts for that month in Shanghai, not the previous one in UTC', async () => {
  ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(house._id, { patrolledAt: '2026-11-01T07:00:00+08:00' })))
  env.clock.set('2026-12-10T10:00:00+08:00')
  const plan = ok(await env.call(INSPECTOR, 'patrol.plan', { pageSize: 50 }))
  expect(plan.items.find((i) => i.houseId === house._id)!.status).toBe('pending')
})

it('people found living in an evacuated dangerous house put it back on the critical list', async () => {
  await env.rt.store.collection('houses').update(house._id, { grade: 'D', occupancy: 'evacuated' })
  expect(ok(await env.call(DEMO.leaderBachuan, 'case.critical', {})).map((h) => h.houseId)).not.toContain(house._id)
  ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(house._id, { occupied: true })))
  expect(ok(await env.call(DEMO.leaderBachuan, 'case.critical', {})).map((h) => h.houseId)).toContain(house._id)
})
