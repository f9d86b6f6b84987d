// 每季度向区住建局报送: street staff make the report, the street leader approves it (or
// sends it back saying why), it is submitted to the district with who and when, and the
// district marks it received. Each step belongs to one role.
import { runTick } from '../../server/jobs/tick'
import { ORG, anotherDistrict } from '../support/builders'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { makeQuarterlyReport } from '../support/quarterly'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-10-03T09:00:00+08:00' })
})
afterEach(() => env.close())

const inbox = async (userId: string) => (await env.rt.store.collection('inbox').find({ where: { userId } })).map((m) => `${m.title}｜${m.body}`)

it('a report goes street staff → leader (sent back once, with a reason) → district, recorded with who and when', async () => {
  await makeQuarterlyReport(env, 'rep-q3', '2026-Q3')
  let r = ok(await env.call(DEMO.staffBachuan, 'report.quarterlySend', { reportId: 'rep-q3', note: '' }))
  expect(r.flowState).toBe('awaitingApproval')
  expect(await inbox(DEMO.leaderBachuan)).toEqual([expect.stringContaining('季度报表待审核')])

  env.clock.set('2026-10-04T10:00:00+08:00')
  r = ok(await env.call(DEMO.leaderBachuan, 'report.quarterlyReturn', { reportId: 'rep-q3', reason: '请核对狮子村C级危房' }))
  expect(r).toMatchObject({ flowState: 'returned', flow: { returnReason: '请核对狮子村C级危房', returnedBy: '巴川街道 王主任' } })
  expect(await inbox(DEMO.staffBachuan)).toEqual([expect.stringContaining('请核对狮子村C级危房')])
  expect(await env.call(DEMO.leaderBachuan, 'report.quarterlyApprove', { reportId: 'rep-q3' })).toFailWith('CONFLICT')

  ok(await env.call(DEMO.staffBachuan, 'report.quarterlySend', { reportId: 'rep-q3', note: '已核对，狮子村数字无误' }))
  env.clock.set('2026-10-05T11:00:00+08:00')
  r = ok(await env.call(DEMO.leaderBachuan, 'report.quarterlyApprove', { reportId: 'rep-q3' }))
  expect(r).toMatchObject({ flowState: 'submitted', flow: { submittedBy: '巴川街道 王主任', submittedAt: new Date('2026-10-05T11:00:00+08:00').toISOString(), note: '已核对，狮子村数字无误' } })
  // Approving again is the same answer, not a second submission.
  expect(ok(await env.call(DEMO.leaderBachuan, 'report.quarterlyApprove', { reportId: 'rep-q3' })).flow.submittedAt).toBe(r.flow.submittedAt)
  expect(await inbox(DEMO.districtTongliang)).toEqual([expect.stringContaining('季度报表待接收')])

  const waiting = ok(await env.call(DEMO.districtTongliang, 'district.reports', {}))
  expect(waiting.map((x) => [x.id, x.streetName, x.flowState])).toEqual([['rep-q3', '巴川街道', 'submitted']])
  env.clock.set('2026-10-06T08:30:00+08:00')
  r = ok(await env.call(DEMO.districtTongliang, 'report.quarterlyReceive', { reportId: 'rep-q3' }))
  expect(r).toMatchObject({ flowState: 'received', flow: { receivedBy: '铜梁区住建局 测试', receivedAt: new Date('2026-10-06T08:30:00+08:00').toISOString() } })
  const audit = (await env.rt.store.collection('audit').find({})).filter((a) => a.subjectId === 'rep-q3').map((a) => `${a.action}@${a.actorId}`)
  expect(audit).toEqual(expect.arrayContaining(['report.quarterly.send@u-staff-bachuan', 'report.quarterly.return@u-leader-bachuan', 'report.quarterly.approve@u-leader-bachuan', 'report.quarterly.receive@u-district-tongliang']))
})

it('each step answers FORBIDDEN to the wrong role, and the district never sees a report not yet submitted', async () => {
  await makeQuarterlyReport(env, 'rep-q3', '2026-Q3')
  expect(await env.call(DEMO.leaderBachuan, 'report.quarterlySend', { reportId: 'rep-q3', note: '' })).toFailWith('FORBIDDEN')
  expect(await env.call(DEMO.districtTongliang, 'report.quarterlySend', { reportId: 'rep-q3', note: '' })).toFailWith('FORBIDDEN')
  expect(await env.call(DEMO.districtTongliang, 'report.quarterlyGet', { reportId: 'rep-q3' })).toFailWith('NOT_FOUND')
  ok(await env.call(DEMO.staffBachuan, 'report.quarterlySend', { reportId: 'rep-q3', note: '' }))
  for (const u of [DEMO.staffBachuan, DEMO.appraiserBachuan, DEMO.districtTongliang, DEMO.inspectorYulong]) {
    expect(await env.call(u, 'report.quarterlyApprove', { reportId: 'rep-q3' })).toFailWith('FORBIDDEN')
    expect(await env.call(u, 'report.quarterlyReturn', { reportId: 'rep-q3', reason: '不对' })).toFailWith('FORBIDDEN')
  }
  // The district cannot receive what the leader has not approved.
  expect(await env.call(DEMO.districtTongliang, 'report.quarterlyReceive', { reportId: 'rep-q3' })).toFailWith('NOT_FOUND')
  ok(await env.call(DEMO.leaderBachuan, 'report.quarterlyApprove', { reportId: 'rep-q3' }))
  for (const u of [DEMO.staffBachuan, DEMO.leaderBachuan]) expect(await env.call(u, 'report.quarterlyReceive', { reportId: 'rep-q3' })).toFailWith('FORBIDDEN')
  // 东城's staff and leader-less street reach nothing of 巴川's.
  expect(await env.call(DEMO.staffDongcheng, 'report.quarterlySend', { reportId: 'rep-q3', note: '' })).toFailWith('NOT_FOUND')
})

it('only a finished report of a quarter that is over goes to the leader, one per quarter', async () => {
  const running = await makeQuarterlyReport(env, 'rep-q4', '2026-Q4')
  expect(await env.call(DEMO.staffBachuan, 'report.quarterlySend', { reportId: running.id, note: '' })).toFailWith('CONFLICT')
  await makeQuarterlyReport(env, 'rep-q3-a', '2026-Q3')
  await makeQuarterlyReport(env, 'rep-q3-b', '2026-Q3')
  ok(await env.call(DEMO.staffBachuan, 'report.quarterlySend', { reportId: 'rep-q3-a', note: '' }))
  expect(await env.call(DEMO.staffBachuan, 'report.quarterlySend', { reportId: 'rep-q3-b', note: '' })).toFailWith('CONFLICT')
})

it('the district role sees only its own district: another district is FORBIDDEN or NOT_FOUND', async () => {
  const other = await anotherDistrict(env)
  await makeQuarterlyReport(env, 'rep-q3', '2026-Q3')
  ok(await env.call(DEMO.staffBachuan, 'report.quarterlySend', { reportId: 'rep-q3', note: '' }))
  ok(await env.call(DEMO.leaderBachuan, 'report.quarterlyApprove', { reportId: 'rep-q3' }))

  const mine = ok(await env.call(DEMO.districtTongliang, 'district.summary', {}))
  expect(mine).toMatchObject({ districtName: '铜梁区', quarter: '2026-Q3', waiting: 1 })
  expect(mine.streets.map((s) => s.streetName)).toEqual(['巴川街道', '东城街道'])
  expect(mine.streets[0]!.report).toMatchObject({ state: 'submitted', reportId: 'rep-q3' })
  const theirs = ok(await env.call(other.userId, 'district.summary', {}))
  expect(theirs.streets.map((s) => s.streetId)).toEqual([other.streetId])

  expect(await env.call(other.userId, 'district.street', { streetId: ORG.bachuan })).toFailWith('FORBIDDEN')
  expect(await env.call(DEMO.districtTongliang, 'district.street', { streetId: other.streetId })).toFailWith('FORBIDDEN')
  expect(await env.call(other.userId, 'report.quarterlyGet', { reportId: 'rep-q3' })).toFailWith('NOT_FOUND')
  expect(await env.call(other.userId, 'report.quarterlyReceive', { reportId: 'rep-q3' })).toFailWith('NOT_FOUND')
  expect(ok(await env.call(other.userId, 'district.reports', {}))).toEqual([])
  // Nor does a district account reach any household or a street's own lists.
  expect(await env.call(DEMO.districtTongliang, 'household.list', { villageId: 'v-yulong' } as never)).toFailWith('FORBIDDEN')
})

it("a street's drill-down shows its figures village by village, adding up to the street's line in the summary", async () => {
  const summary = ok(await env.call(DEMO.districtTongliang, 'district.summary', {}))
  const street = ok(await env.call(DEMO.districtTongliang, 'district.street', { streetId: ORG.bachuan }))
  expect(street.villages).toHaveLength(12)
  expect(street.totals).toEqual(summary.streets.find((s) => s.streetId === ORG.bachuan)!.figures)
  expect(street.villages.reduce((n, v) => n + v.figures.households, 0)).toBe(street.totals.households)
  expect(street.totals.households).toBe(ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', {})).totals.households)
})

it('a late report is escalated to street staff and the leader once; a street that submitted in time hears nothing', async () => {
  const titles = async (u: string) => (await inbox(u)).filter((t) => t.includes('2026-Q3'))
  env.clock.set('2026-10-08T09:00:00+08:00')
  await runTick(env.rt.deps)
  for (const u of [DEMO.staffBachuan, DEMO.staffDongcheng]) expect(await titles(u)).toEqual([expect.stringContaining('请报送2026-Q3预警数据')])

  env.clock.set('2026-10-09T09:00:00+08:00')
  await makeQuarterlyReport(env, 'rep-q3', '2026-Q3')
  ok(await env.call(DEMO.staffBachuan, 'report.quarterlySend', { reportId: 'rep-q3', note: '' }))
  ok(await env.call(DEMO.leaderBachuan, 'report.quarterlyApprove', { reportId: 'rep-q3' }))

  env.clock.set('2026-10-11T09:00:00+08:00')
  await runTick(env.rt.deps)
  await runTick(env.rt.deps)
  for (const u of [DEMO.staffBachuan, DEMO.leaderBachuan]) expect((await titles(u)).filter((t) => t.includes('逾期未报送'))).toEqual([])
  expect((await titles(DEMO.staffDongcheng)).filter((t) => t.includes('逾期未报送'))).toEqual([expect.stringContaining('东城街道未在10月10日前')])
})
