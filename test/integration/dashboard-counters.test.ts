// The dashboard reads counters kept up to date on every write. After a random run of
// real actions, every counter equals a recount from the raw data.
import type { CaseDetail } from '../../domain'
import { Rng } from '../../server/seed/random'
import { countVillage } from '../../server/services/counters/village-figures'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { safePatrol, uploadPhoto } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6, now: '2026-11-20T10:00:00+08:00' })
})
afterEach(() => env.close())

const INSPECTORS: Record<string, string> = { 'v-yulong': DEMO.inspectorYulong, 'v-shizi': DEMO.inspectorShizi }

async function randomRun(seed: number, steps: number, afterEach?: (step: number) => Promise<void>): Promise<void> {
  const rng = new Rng(seed)
  const houses = (await env.rt.store.collection('houses').find({ where: { villageId: { $in: Object.keys(INSPECTORS) } } }))
  const openCases: CaseDetail[] = []
  for (let i = 0; i < steps; i++) {
    const h = rng.pick(houses)
    const inspector = INSPECTORS[h.villageId]!
    const roll = rng.next()
    if (roll < 0.45) {
      const judgment = rng.weighted([['safe', 6], ['hazard', 2], ['suspectedDanger', 1]] as const)
      const photos = judgment === 'safe' ? [] : [{ fileId: await uploadPhoto(env, inspector), takenAt: '2026-11-20T09:00:00+08:00', lat: null, lng: null }]
      const r = await env.call(inspector, 'patrol.submit', safePatrol(h._id, { judgment, photos, patrolledAt: `2026-11-${String(rng.int(1, 20)).padStart(2, '0')}T09:00:00+08:00` }))
      if (r.ok && r.data.caseId) openCases.push(ok(await env.call(DEMO.staffBachuan, 'case.get', { caseId: r.data.caseId })))
    } else if (roll < 0.7 && openCases.length) {
      const c = ok(await env.call(DEMO.staffBachuan, 'case.get', { caseId: rng.pick(openCases).id }))
      if (c.stage === 'reported') await env.call(INSPECTORS[c.villageId]!, 'case.transition', { caseId: c.id, transitionId: `tr-${i}`, expectRev: c.rev, action: 'reportToStreet', note: '' })
      else if (c.stage === 'toStreet') await env.call(DEMO.staffBachuan, 'case.transition', { caseId: c.id, transitionId: `tr-${i}`, expectRev: c.rev, action: 'assignAppraisal', appraiserId: DEMO.appraiserBachuan, dueDate: '2026-11-25', firm: '' })
      else if (c.stage === 'awaitingAppraisal') await env.call(DEMO.appraiserBachuan, 'case.transition', { caseId: c.id, transitionId: `tr-${i}`, expectRev: c.rev, action: 'startAppraisal', note: '' })
      else if (c.stage === 'appraising') {
        const grade = rng.pick(['B', 'C', 'D'] as const)
        const findings = { site: 'a', foundation: 'a', walls: grade === 'B' ? 'b' : grade === 'C' ? 'c' : 'd', columnsBeams: grade === 'D' ? 'd' : 'a', roofStructure: 'a', floors: 'a', enclosure: 'a' } as const
        await env.call(DEMO.appraiserBachuan, 'case.transition', { caseId: c.id, transitionId: `tr-${i}`, expectRev: c.rev, action: 'submitAppraisal', findings, grade, overrideReason: '', advice: '按等级处理', photos: [await uploadPhoto(env, DEMO.appraiserBachuan)] })
      } else if (c.stage === 'appraised' && (c.appraisal?.grade === 'C' || c.appraisal?.grade === 'D')) {
        const evacuated = rng.chance(0.6)
        await env.call(DEMO.staffBachuan, 'case.transition', { caseId: c.id, transitionId: `tr-${i}`, expectRev: c.rev, action: 'startEmergency', evacuated, evacuatedOn: evacuated ? '2026-11-20' : undefined, livingNow: evacuated ? 'relatives' : 'stillInside', signPosted: false, fenced: false, photos: [], note: '' })
      } else if (c.stage === 'appraised') await env.call(DEMO.staffBachuan, 'case.transition', { caseId: c.id, transitionId: `tr-${i}`, expectRev: c.rev, action: 'closeSafe', advice: 'watch', note: '' })
    } else if (roll < 0.85) {
      await env.call(DEMO.staffBachuan, 'sample.draw', { sampleId: `smp-${i}`, month: '2026-11', villageIds: [h.villageId], mode: 'count', value: 1 })
    } else {
      const alert = await env.call(DEMO.staffBachuan, 'alert.issue', { alertId: `al-${i}`, eventType: '1003', color: 'orange', villageIds: [h.villageId], startsAt: '2026-11-20T10:00:00+08:00', endsAt: '2026-11-21T10:00:00+08:00', text: '暴雨橙色预警' })
      if (alert.ok && alert.data.campaignId) await env.call(DEMO.staffBachuan, 'campaign.step', { campaignId: alert.data.campaignId })
    }
    await afterEach?.(i)
  }
}

/** Stored counters that differ from a fresh count, for the villages the run writes to. */
async function driftNow(): Promise<string[]> {
  const out: string[] = []
  for (const v of Object.keys(INSPECTORS)) {
    const stored = (await env.rt.store.collection('villageCounters').get(v))?.figures
    const recount = await countVillage(env.rt.deps, v, env.clock.now())
    if (JSON.stringify(stored) !== JSON.stringify(recount)) out.push(v)
  }
  return out
}

it('after a random run of actions, every counter equals a recount from the raw data', async () => {
  // Count every village once, as the daily job does, then let the writes keep them current.
  ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', {}))
  const stale: string[] = []
  await randomRun(7, 160, async (step) => {
    for (const v of await driftNow()) stale.push(`step ${step}: ${v}`)
  })
  expect(stale).toEqual([])
  const check = ok(await env.call(DEMO.leaderBachuan, 'counters.check', {}))
  expect(check.drift).toEqual([])
  for (const v of Object.keys(INSPECTORS)) {
    const dashboard = ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', { villageId: v }))
    expect(dashboard.villages[0]).toMatchObject(await countVillage(env.rt.deps, v, env.clock.now()))
  }
})

it("the dashboard's totals add up its villages and match the raw data", async () => {
  await randomRun(11, 60)
  const d = ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', {}))
  expect(d.villages).toHaveLength(12)
  expect(d.totals.houses).toBe(d.villages.reduce((a, v) => a + v.houses, 0))
  let occupiedDangerous = 0
  for (const v of d.villages) occupiedDangerous += (await countVillage(env.rt.deps, v.villageId, env.clock.now())).occupiedDangerous
  expect(d.totals.occupiedDangerous).toBe(occupiedDangerous)
  expect(d.trends).toHaveLength(12)
  expect(d.trends[11]!.month).toBe(d.month)
})

it('the daily job recounts every village, so nothing drifts with time alone', async () => {
  await randomRun(3, 80)
  env.clock.advanceDays(10)
  const { runTick } = await import('../../server/jobs/tick')
  await runTick(env.rt.deps)
  expect(ok(await env.call(DEMO.leaderBachuan, 'counters.check', {})).drift).toEqual([])
})

it('the map colours each house by its most urgent state', async () => {
  const map = ok(await env.call(DEMO.inspectorYulong, 'map.houses', {}))
  expect(map.houses.length).toBeGreaterThan(0)
  expect(new Set(map.houses.map((h) => h.villageId))).toEqual(new Set(['v-yulong']))
  const dangerous = map.houses.filter((h) => h.status === 'dangerous')
  const houses = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong', grade: { $in: ['C', 'D'] }, occupancy: 'occupied' } })
  expect(dangerous.map((h) => h.houseId).sort()).toEqual(houses.map((h) => h._id).sort())
})
