// Monthly statistics, the street's random patrol, and the farmer's self-check.
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { safePatrol, uploadPhoto } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const houses = (villageId: string) => env.rt.store.collection('houses').find({ where: { villageId } })
const photo = async (userId: string) => [{ fileId: await uploadPhoto(env, userId), takenAt: '2026-11-20T08:00:00+08:00', lat: null, lng: null }]

describe('monthly statistics of a village', () => {
  it('equal a recount from the raw patrols', async () => {
    const list = await houses('v-yulong')
    for (const [i, h] of list.slice(0, 4).entries()) {
      const hazard = i % 2 === 0
      ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(h._id, {
        patrolledAt: `2026-11-2${i}T09:00:00+08:00`,
        ...(hazard ? { judgment: 'hazard' as const, photos: await photo(DEMO.inspectorYulong) } : {}),
      })))
    }
    // One patrol from last month does not count for this one.
    ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(list[5]!._id, { patrolledAt: '2026-10-30T09:00:00+08:00' })))

    const stats = ok(await env.call(DEMO.inspectorYulong, 'stats.monthly', { villageId: 'v-yulong', month: '2026-11' }))
    const raw = await env.rt.store.collection('patrols').find({ where: { villageId: 'v-yulong', month: '2026-11' } })
    const monitoredIds = new Set((await env.rt.store.collection('households').find({ where: { villageId: 'v-yulong', status: 'monitored' } })).map((h) => h._id))
    const monitoredHouses = list.filter((h) => monitoredIds.has(h.householdId))
    expect(stats.live).toEqual({
      houses: monitoredHouses.length,
      patrolled: new Set(raw.map((p) => p.houseId)).size,
      notPatrolled: monitoredHouses.length - new Set(raw.map((p) => p.houseId)).size,
      hazardsFound: new Set(raw.filter((p) => p.judgment !== 'safe').map((p) => p.houseId)).size,
      reportedToStreet: await env.rt.store.collection('cases').count({ villageId: 'v-yulong' }),
      evacuated: list.filter((h) => h.occupancy === 'evacuated').length,
      streetMismatches: 0,
    })
    expect(stats.live.patrolled).toBe(4)
    expect(stats.live.hazardsFound).toBe(2)
  })

  it('once submitted are frozen; a correction is a new version', async () => {
    const [h] = await houses('v-yulong')
    const first = ok(await env.call(DEMO.inspectorYulong, 'stats.monthlySubmit', { submissionId: 'ms-1', villageId: 'v-yulong', month: '2026-11', note: '' }))
    expect(first.submitted).toMatchObject({ version: 1, late: false, figures: { patrolled: 0 } })
    ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(h!._id)))
    const later = ok(await env.call(DEMO.inspectorYulong, 'stats.monthly', { villageId: 'v-yulong', month: '2026-11' }))
    expect(later.submitted!.figures.patrolled).toBe(0)
    expect(later.live.patrolled).toBe(1)
    // The same submission replayed is not a new version.
    ok(await env.call(DEMO.inspectorYulong, 'stats.monthlySubmit', { submissionId: 'ms-1', villageId: 'v-yulong', month: '2026-11', note: '' }))
    const corrected = ok(await env.call(DEMO.inspectorYulong, 'stats.monthlySubmit', { submissionId: 'ms-2', villageId: 'v-yulong', month: '2026-11', note: '补录一户' }))
    expect(corrected).toMatchObject({ versions: 2, submitted: { version: 2, figures: { patrolled: 1 }, note: '补录一户' } })
  })

  it('submitted after the deadline (the 5th of the next month) are marked late', async () => {
    env.clock.set('2026-12-06T10:00:00+08:00')
    const r = ok(await env.call(DEMO.inspectorYulong, 'stats.monthlySubmit', { submissionId: 'ms-late', villageId: 'v-yulong', month: '2026-11', note: '' }))
    expect(r.deadline).toBe('2026-12-05')
    expect(r.submitted!.late).toBe(true)
  })
})

describe('the street random patrol', () => {
  it('drawn again with the recorded seed gives the same houses, and each becomes a task', async () => {
    const a = ok(await env.call(DEMO.staffBachuan, 'sample.draw', { sampleId: 'smp-a', month: '2026-11', mode: 'count', value: 2 }))
    expect(a.villages).toHaveLength(12)
    expect(a.villages.every((v) => v.drawn.length === 2)).toBe(true)
    const b = ok(await env.call(DEMO.staffBachuan, 'sample.draw', { sampleId: 'smp-b', month: '2026-11', mode: 'count', value: 2, seed: a.seed }))
    expect(b.villages.map((v) => v.drawn)).toEqual(a.villages.map((v) => v.drawn))
    const tasks = await env.rt.store.collection('tasks').find({ where: { villageId: 'v-yulong', status: 'open' } })
    expect(tasks.filter((t) => t.kind === 'streetPatrol' && t.sampleId === 'smp-a').map((t) => t.houseId).sort()).toEqual([...a.villages.find((v) => v.villageId === 'v-yulong')!.drawn].sort())
    const audit = await env.rt.store.collection('audit').find({ where: { subjectId: 'smp-a' } })
    expect(audit[0]!.detail.seed).toBe(a.seed)
  })

  it('flags the village when the street finds a hazard the village called safe', async () => {
    const [h] = await houses('v-yulong')
    const village = ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(h!._id, { patrolledAt: '2026-11-10T09:00:00+08:00' })))
    const street = ok(await env.call(DEMO.staffBachuan, 'patrol.submit', safePatrol(h!._id, { kind: 'street', judgment: 'hazard', photos: await photo(DEMO.staffBachuan) })))
    expect(street.mismatchWith).toBe(village.id)
    expect(ok(await env.call(DEMO.inspectorYulong, 'patrol.get', { patrolId: village.id })).contradictedBy).toBe(street.id)
    const coverage = ok(await env.call(DEMO.staffBachuan, 'patrol.coverage', { month: '2026-11' }))
    expect(coverage.find((c) => c.villageId === 'v-yulong')!.streetMismatches).toBe(1)
    const stats = ok(await env.call(DEMO.staffBachuan, 'stats.monthly', { villageId: 'v-yulong', month: '2026-11' }))
    expect(stats.live.streetMismatches).toBe(1)
  })
})

describe("the farmer's self-check", () => {
  const none = { cracks: false, leaning: false, roof: false, foundation: false, slope: false }

  it('with every answer no is recorded and opens nothing', async () => {
    const me = ok(await env.call(DEMO.farmerYulong, 'auth.me', {}))
    const hh = ok(await env.call(DEMO.farmerYulong, 'household.get', { householdId: me.householdId! }))
    const r = ok(await env.call(DEMO.farmerYulong, 'selfcheck.submit', { reportId: 'sc-1', houseId: hh.houses[0]!.id, answers: none, description: '', photos: [], checkedAt: '2026-11-28T08:00:00+08:00' }))
    expect(r).toMatchObject({ hazard: false, caseId: null })
  })

  it('with a yes becomes a hazard report the farmer can follow', async () => {
    const me = ok(await env.call(DEMO.farmerYulong, 'auth.me', {}))
    const hh = ok(await env.call(DEMO.farmerYulong, 'household.get', { householdId: me.householdId! }))
    const input = { reportId: 'sc-2', houseId: hh.houses[0]!.id, answers: { ...none, cracks: true }, description: '堂屋墙裂了', photos: await photo(DEMO.farmerYulong), checkedAt: '2026-11-28T08:00:00+08:00' }
    const r = ok(await env.call(DEMO.farmerYulong, 'selfcheck.submit', input))
    expect(r).toMatchObject({ hazard: true, caseStage: 'reported', caseStageLabel: '已上报' })
    const c = (await env.rt.store.collection('cases').get(r.caseId!))!
    expect(c).toMatchObject({ source: 'farmerReport', summary: '堂屋墙裂了' })
    expect(ok(await env.call(DEMO.farmerYulong, 'selfcheck.mine', {})).map((s) => s.id)).toEqual(['sc-2'])
    // A replay is the same report.
    expect(ok(await env.call(DEMO.farmerYulong, 'selfcheck.submit', input)).id).toBe('sc-2')
    expect(await env.rt.store.collection('cases').count({ houseId: hh.houses[0]!.id })).toBe(1)
  })

  it('with a yes but no photo asks for one and writes nothing', async () => {
    const me = ok(await env.call(DEMO.farmerYulong, 'auth.me', {}))
    const hh = ok(await env.call(DEMO.farmerYulong, 'household.get', { householdId: me.householdId! }))
    const before = env.snapshot()
    const r = await env.call(DEMO.farmerYulong, 'selfcheck.submit', { reportId: 'sc-3', houseId: hh.houses[0]!.id, answers: { ...none, roof: true }, description: '', photos: [], checkedAt: '2026-11-28T08:00:00+08:00' })
    expect(r.ok ? 'ok' : r.message).toBe('请拍一张照片，让村里看清楚问题')
    expect(env.snapshot()).toBe(before)
  })

  it("cannot be filed for a neighbour's house", async () => {
    const r = await env.call(DEMO.farmerYulong, 'selfcheck.submit', { reportId: 'sc-4', houseId: 'ho-yulong-00002-1', answers: none, description: '', photos: [], checkedAt: '2026-11-28T08:00:00+08:00' })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  })
})
