// The cloud bench's cost model turns counted requests into a month of a street or a
// district on CloudBase; a wrong sum here would tell a district the wrong plan to buy.
import { againstBasicQuota, monthOfUse, readsAndWrites, STEADY_USE, type CountedRun, type CountedScenarios } from '../../scripts/bench/cloud-cost'

const none: CountedRun = { reads: 0, writes: 0, seconds: 0, memoryMb: 512, calls: 0 }
const only = (parts: Partial<CountedScenarios>): CountedScenarios => ({
  patrolSubmit: none, householdDetail: none, householdList: none, monthlyPlan: none, dashboard: none, selfCheck: none, caseTransition: none,
  redAlertFanOut: none, quarterlyReport: none, reminders: none, idleTick: none, dailyRecount: none, outboxMessage: none, ...parts,
})
const street = { households: 400, houses: 430, villages: 12 }

it('a month patrols every house twice in a storm month: the routine round and the emergency one', () => {
  const m = monthOfUse(only({ patrolSubmit: { reads: 7, writes: 3, seconds: 0.3, memoryMb: 512, calls: 1 } }), street)
  expect(m.reads).toBe(7 * 430 * 2)
  expect(m.writes).toBe(3 * 430 * 2)
  expect(m.calls).toBe(860)
  expect(m.parts.patrols).toBe(10 * 860)
})

it('function time is billed as seconds times the deployed memory in GB', () => {
  // 0.5 s at 512 MB = 0.25 GB-s a patrol, 860 patrols.
  const m = monthOfUse(only({ patrolSubmit: { reads: 0, writes: 0, seconds: 0.5, memoryMb: 512, calls: 1 } }), street)
  expect(m.gbSeconds).toBe(215)
})

it('the tick runs 144 times a day: the reminders and the recount once, the idle tick the other 143', () => {
  const tick = (reads: number): CountedRun => ({ reads, writes: 0, seconds: 1, memoryMb: 256, calls: 1 })
  const m = monthOfUse(only({ reminders: tick(100), dailyRecount: tick(10), idleTick: tick(1) }), street)
  expect(m.parts.reminders).toBe(100 * 30)
  expect(m.parts['daily recount']).toBe(10 * 30)
  expect(m.parts['idle ticks']).toBe(143 * 30)
  expect(m.gbSeconds).toBe(Math.round(0.25 * (30 + 30 + 143 * 30)))
})

it('self-checks come from a share of the farmers, case steps per hundred households', () => {
  const one: CountedRun = { reads: 1, writes: 0, seconds: 0, memoryMb: 512, calls: 1 }
  const m = monthOfUse(only({ selfCheck: one, caseTransition: one }), street, { ...STEADY_USE, selfCheckShare: 0.25, caseStepsPer100Households: 3 })
  expect(m.parts['self-checks']).toBe(100)
  expect(m.parts['case steps']).toBe(12)
})

it('a quarterly report costs a third of itself each month', () => {
  const m = monthOfUse(only({ quarterlyReport: { reads: 300, writes: 30, seconds: 6, memoryMb: 512, calls: 2 } }), street)
  expect(m.parts['quarterly report']).toBe(110)
})

it('the basic quota is per day for reads and writes, per month for GB-seconds', () => {
  const q = againstBasicQuota({ reads: 1_500_000, writes: 450_000, gbSeconds: 20_000, calls: 100_000, parts: {} }, 1024 ** 3)
  expect(q.readsPerDay).toBe(50_000)
  expect(q.readShare).toBe(1)
  expect(q.writeShare).toBe(0.5)
  expect(q.gbSecondShare).toBe(0.5)
  expect(q.databaseShare).toBe(0.5)
})

it('queries and counts are reads, inserts, updates and removes writes, a transaction\'s verbs reads, storage and openapi neither', () => {
  const k = readsAndWrites({
    'database.getDocument': 5, 'database.calculateDocument': 1, 'database.insertDocument': 2, 'database.modifyDocument': 3, 'database.removeDocument': 1,
    'database.startTransaction': 2, 'database.commitTransaction': 2, 'wx.openApi': 4, 'storage.getUploadMetadata': 1,
  })
  expect(k).toEqual({ reads: 10, writes: 6, other: 5 })
})
