// The village counters move with each change, in its own transaction, instead of the
// village being counted again after every write: after patrols, a case taken through its
// steps and an import that takes households out of monitoring, every kept tally and its
// figures equal a full count from the raw records, and the patrols and case steps needed
// no recount at all.
import { runTick } from '../../server/jobs/tick'
import { tallyVillage } from '../../server/services/counters/village-figures'
import { figuresOf, storeTally } from '../../server/services/counters/tally'
import { localDate } from '../../domain'
import { LIST_HEADER, runToRest, startImport, validId } from '../support/list-import'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { safePatrol, uploadPhoto } from '../support/patrols'
import { xlsxOf } from '../support/sheets'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6, now: '2026-11-03T09:00:00+08:00' })
  await runTick(env.rt.deps)
})
afterEach(() => env.close())

/** Villages (all, or those named) whose stored tally or figures differ from a full count now. */
async function drifted(only?: string[]): Promise<string[]> {
  const out: string[] = []
  for (const v of await env.rt.store.collection('orgs').find({ where: { level: 'village' } })) {
    if (only && !only.includes(v._id)) continue
    const stored = await env.rt.store.collection('villageCounters').get(v._id)
    const tally = await tallyVillage(env.rt.deps, v._id, env.clock.now())
    if (JSON.stringify(stored?.tally) !== JSON.stringify(storeTally(tally))) out.push(`${v._id} tally`)
    if (JSON.stringify(stored?.figures) !== JSON.stringify(figuresOf(tally, localDate(env.clock.now())))) out.push(`${v._id} figures`)
  }
  return out
}

const marks = () => env.rt.store.collection('dirtyVillages').count({ markedAt: { $gt: 0 } })

it('patrols, case steps and an import taking households out keep every village counter equal to a full count', async () => {
  expect(await drifted()).toEqual([])
  // Every village a write leaves to be counted again passes through this set.
  const recounts = jest.spyOn(env.rt.deps.dirtyVillages!, 'add')
  const houses = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 4 })
  const photo = async () => [{ fileId: await uploadPhoto(env, DEMO.inspectorYulong), takenAt: '2026-11-03T08:00:00+08:00', lat: null, lng: null }]
  ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(houses[0]!._id, { patrolledAt: '2026-11-03T08:30:00+08:00' })))
  ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(houses[0]!._id, { patrolledAt: '2026-11-03T08:40:00+08:00' })))
  const hazard = ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(houses[1]!._id, { judgment: 'hazard', photos: await photo(), patrolledAt: '2026-11-03T08:50:00+08:00' })))
  ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(houses[2]!._id, { judgment: 'suspectedDanger', occupied: true, photos: await photo(), patrolledAt: '2026-11-03T08:55:00+08:00' })))

  let c = ok(await env.call(DEMO.staffBachuan, 'case.get', { caseId: hazard.caseId! }))
  ok(await env.call(DEMO.inspectorYulong, 'case.transition', { caseId: c.id, transitionId: 'tr-k1', expectRev: c.rev, action: 'reportToStreet', note: '' }))
  c = ok(await env.call(DEMO.staffBachuan, 'case.get', { caseId: c.id }))
  ok(await env.call(DEMO.staffBachuan, 'case.transition', { caseId: c.id, transitionId: 'tr-k2', expectRev: c.rev, action: 'assignAppraisal', appraiserId: DEMO.appraiserBachuan, dueDate: '2026-11-10', firm: '' }))
  c = ok(await env.call(DEMO.staffBachuan, 'case.get', { caseId: c.id }))
  ok(await env.call(DEMO.appraiserBachuan, 'case.transition', { caseId: c.id, transitionId: 'tr-k3', expectRev: c.rev, action: 'startAppraisal', note: '' }))
  c = ok(await env.call(DEMO.staffBachuan, 'case.get', { caseId: c.id }))
  const findings = { site: 'a', foundation: 'a', walls: 'd', columnsBeams: 'd', roofStructure: 'a', floors: 'a', enclosure: 'a' } as const
  ok(await env.call(DEMO.appraiserBachuan, 'case.transition', { caseId: c.id, transitionId: 'tr-k4', expectRev: c.rev, action: 'submitAppraisal', findings, grade: 'D', overrideReason: '', advice: '按等级处理', photos: [await uploadPhoto(env, DEMO.appraiserBachuan)] }))
  // None of it needed a village counted again.
  expect(recounts).not.toHaveBeenCalled()
  expect(await marks()).toBe(0)
  expect(await drifted()).toEqual([])

  // 凉水社区's civil list names two new households only: its civil-listed households leave.
  const rows: Array<Array<string | number>> = [LIST_HEADER]
  for (let i = 0; i < 2; i++) rows.push(['凉水社区', '1组', `新户${i}`, validId(`5002241961${String(i).padStart(7, '0')}`), '', '低保户', 2, ''])
  const { importId } = await startImport(env, await xlsxOf(rows), 'civil')
  const job = await runToRest(env, importId)
  expect(job.counts.missing).toBeGreaterThan(0)
  ok(await env.call(DEMO.staffBachuan, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: job.counts.missing }))
  expect((await runToRest(env, importId)).phase).toBe('done')
  expect(await drifted()).toEqual([])
})

it('the last figures of a month become its trend line when the next month begins, and the new month starts from a count', async () => {
  const houses = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 2 })
  env.clock.set('2026-11-30T20:00:00+08:00')
  ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(houses[0]!._id, { patrolledAt: '2026-11-30T19:00:00+08:00' })))
  const november = (await env.rt.store.collection('villageCounters').get('v-yulong'))!.figures
  const before = ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', { villageId: 'v-yulong' }))
  expect(before.trends[11]).toMatchObject({ month: '2026-11', patrolled: november.patrolledThisMonth })

  // December: a patrol cannot move November's tally, so the village is counted again.
  env.clock.set('2026-12-01T08:00:00+08:00')
  ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(houses[1]!._id, { patrolledAt: '2026-12-01T07:30:00+08:00' })))
  const after = ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', { villageId: 'v-yulong' }))
  expect(after.trends[10]).toMatchObject({ month: '2026-11', patrolled: november.patrolledThisMonth, houses: november.houses })
  expect(after.trends[11]).toMatchObject({ month: '2026-12', patrolled: 1 })
  expect(await drifted(['v-yulong'])).toEqual([])
})

it('a write of many documents at once cannot reach the collections the counters follow: they would not see it', async () => {
  // updateWhere gives no document's before and after, so no tally could move with it.
  await expect(env.rt.deps.store.collection('tasks').updateWhere({ villageId: 'v-yulong' }, { status: 'cancelled' })).rejects.toThrow(/counters/)
  expect(await env.rt.store.collection('tasks').count({ villageId: 'v-yulong', status: 'cancelled' })).toBe(0)
  expect(await drifted()).toEqual([])
})
