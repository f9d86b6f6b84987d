// 季度预警数据 of a quarter that is over says what the street looked like at quarter end:
// later patrols, cases and grades never change it.
import { runTick } from '../../server/jobs/tick'
import { snapshotIdOf } from '../../server/services/reports/quarter-snapshot'
import { aHouseWithoutCase, ORG } from '../support/builders'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { makeQuarterlyReport } from '../support/quarterly'
import { readXlsx } from '../support/sheets'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 4, now: '2026-09-28T10:00:00+08:00' })
})
afterEach(() => env.close())

/** Changes that move live figures: cases opened on houses of 玉龙 and 狮子. */
async function laterChanges(tag: string): Promise<void> {
  for (const v of [ORG.yulong, ORG.shizi]) {
    const house = await aHouseWithoutCase(env, v)
    ok(await env.call(DEMO.staffBachuan, 'case.open', { caseId: `case-${tag}-${v}`, houseId: house._id, summary: '墙体开裂' }))
  }
}

const liveOpenCases = async () => ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', {})).totals.openCases

it("a past quarter's report equals the figures the tick froze at quarter end, after later changes", async () => {
  const atQuarterEnd = await liveOpenCases()
  env.clock.set('2026-10-01T00:20:00+08:00')
  await runTick(env.rt.deps)
  const snap = (await env.rt.store.collection('quarterSnapshots').get(snapshotIdOf(ORG.bachuan, '2026-Q3')))!
  expect(snap).toMatchObject({ phase: 'done', takenBy: 'tick' })
  expect(snap.totals.openCases).toBe(atQuarterEnd)

  env.clock.set('2026-10-05T09:00:00+08:00')
  await laterChanges('q4')
  expect(await liveOpenCases()).toBe(atQuarterEnd + 2)

  const report = await makeQuarterlyReport(env, 'rep-q3', '2026-Q3')
  expect(report.totals).toEqual(snap.totals)
  expect(report.frozenAt).toBe(snap.takenAt)
  const rows = await readXlsx((await env.rt.files.get(report.file!.fileId))!.bytes)
  expect(rows.find((r) => r[0] === '未办结隐患（件）')![1]).toBe(String(atQuarterEnd))
  expect(rows.find((r) => r[0] === '统计时间')![1]).toBe('2026-10-01')
})

it('without the tick, the first report after the quarter freezes it, and a later report of that quarter is the same', async () => {
  env.clock.set('2026-10-02T09:00:00+08:00')
  const first = await makeQuarterlyReport(env, 'rep-q3-a', '2026-Q3')
  const snap = (await env.rt.store.collection('quarterSnapshots').get(snapshotIdOf(ORG.bachuan, '2026-Q3')))!
  expect(snap.takenBy).toBe('report')

  env.clock.set('2026-10-06T09:00:00+08:00')
  await laterChanges('later')
  const second = await makeQuarterlyReport(env, 'rep-q3-b', '2026-Q3')
  expect(second.totals).toEqual(first.totals)
  expect(second.totals!.openCases).toBe((await liveOpenCases()) - 2)
})

it("the running quarter's report shows today's figures, and a quarter not begun is refused", async () => {
  env.clock.set('2026-10-05T09:00:00+08:00')
  await laterChanges('now')
  const running = await makeQuarterlyReport(env, 'rep-q4', '2026-Q4')
  expect(running.frozenAt).toBeNull()
  expect(running.totals!.openCases).toBe(await liveOpenCases())
  expect(await env.call(DEMO.staffBachuan, 'report.quarterlyStart', { reportId: 'rep-q1', quarter: '2027-Q1' })).toFailWith('VALIDATION')
})
