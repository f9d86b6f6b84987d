// A quarterly report that reaches the district after its deadline (the quarter's end plus
// ANJU_QUARTERLY_REPORT_DUE_DAYS, the one deadline the reminders escalate by) is marked
// late with the days, on the street's report, in the district's inbox and home, and in the
// street's 12-month lateness history of the overdue view; one on time is not.
import '../support/matchers'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { makeQuarterlyReport } from '../support/quarterly'
import { ORG } from '../support/builders'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-10-03T09:00:00+08:00' })
})
afterEach(() => env.close())

/** 2026-Q3 made and sent on 10月3日, approved by the leader at `approvedAt`. */
async function submitted(approvedAt: string) {
  await makeQuarterlyReport(env, 'rep-q3', '2026-Q3')
  ok(await env.call(DEMO.staffBachuan, 'report.quarterlySend', { reportId: 'rep-q3', note: '' }))
  env.clock.set(approvedAt)
  return ok(await env.call(DEMO.leaderBachuan, 'report.quarterlyApprove', { reportId: 'rep-q3' }))
}

it('submitted three days after its deadline, the report says so to the street and to the district', async () => {
  // 2026-Q3 ends 9月30日; due 10 days later, 10月10日.
  const r = await submitted('2026-10-13T15:00:00+08:00')
  expect(r).toMatchObject({ dueDate: '2026-10-10', lateDays: 3 })
  expect((await env.rt.store.collection('reports').get('rep-q3'))!.lateDays).toBe(3)
  expect(ok(await env.call(DEMO.staffBachuan, 'report.quarterlyGet', { reportId: 'rep-q3' })).lateDays).toBe(3)
  expect(ok(await env.call(DEMO.districtTongliang, 'district.reports', {})).map((x) => [x.id, x.lateDays])).toEqual([['rep-q3', 3]])
  const row = ok(await env.call(DEMO.districtTongliang, 'district.summary', {})).streets.find((s) => s.streetId === ORG.bachuan)!
  expect(row.report).toMatchObject({ state: 'submitted', lateDays: 3 })
  // Received afterwards, it stays late.
  expect(ok(await env.call(DEMO.districtTongliang, 'report.quarterlyReceive', { reportId: 'rep-q3' })).lateDays).toBe(3)
})

it('submitted on its last day, the report is on time', async () => {
  const r = await submitted('2026-10-10T23:30:00+08:00')
  expect(r.lateDays).toBe(0)
  expect(ok(await env.call(DEMO.districtTongliang, 'district.reports', {}))[0]!.lateDays).toBe(0)
})

it('a late submission counts in the street\'s 12-month lateness history, for who sent and who approved it', async () => {
  await submitted('2026-10-13T15:00:00+08:00')
  const v = ok(await env.call(DEMO.leaderBachuan, 'overdue.summary', {}))
  const item = v.items.find((i) => i.kind === 'report')
  expect(item).toMatchObject({ villageId: ORG.bachuan, villageName: '巴川街道', title: '2026年第三季度报表逾期 3 天报送区住建局', dueDate: '2026-10-10', doneOn: '2026-10-13', overdueNow: false })
  expect(item!.people.map((p) => p.id).sort()).toEqual([DEMO.leaderBachuan, DEMO.staffBachuan].sort())
  const street = v.villages.find((r) => r.villageId === ORG.bachuan)!
  expect(street).toMatchObject({ villageName: '巴川街道', late: { report: 1 }, now: { report: 0 } })
  expect(v.people.find((p) => p.userId === DEMO.leaderBachuan)).toMatchObject({ late: { report: 1 } })
  expect(v.streetId).toBe(ORG.bachuan)
})

it('a report not yet submitted after its deadline is overdue now; on time it counts nowhere', async () => {
  await makeQuarterlyReport(env, 'rep-q3', '2026-Q3')
  ok(await env.call(DEMO.staffBachuan, 'report.quarterlySend', { reportId: 'rep-q3', note: '' }))
  const before = ok(await env.call(DEMO.staffBachuan, 'overdue.summary', {}))
  expect(before.items.filter((i) => i.kind === 'report')).toEqual([])
  env.clock.set('2026-10-12T09:00:00+08:00')
  const v = ok(await env.call(DEMO.staffBachuan, 'overdue.summary', {}))
  // Waiting for the leader's approval: the leader has to act.
  expect(v.items.filter((i) => i.kind === 'report').map((i) => [i.overdueNow, i.doneOn, i.people.map((p) => p.id)])).toEqual([[true, null, [DEMO.leaderBachuan]]])
  expect(v.villages.find((r) => r.villageId === ORG.bachuan)).toMatchObject({ now: { report: 1 }, late: { report: 1 } })
})
