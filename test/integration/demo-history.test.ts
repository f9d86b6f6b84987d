// The demo a newcomer sees with `npm start`: half a year of patrols behind the plan,
// hazard cases in every stage, the trends and the counters, all consistent with the raw
// records.
import { CASE_STAGES, OPEN_CASE_STAGES, TRANSITIONS, type CaseAction, type CaseSummary } from '../../domain'
import { seedDemoHistory } from '../../server/seed/demo-history'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-20T10:00:00+08:00' })
  await seedDemoHistory(env.rt.deps)
})
afterAll(() => env.close())

it('gives the dashboard six months of patrol trends and counters without drift', async () => {
  const d = ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', {}))
  const past = d.trends.slice(5, 11)
  expect(past.every((t) => t.patrolled > 0)).toBe(true)
  expect(d.totals.patrolledThisMonth).toBeGreaterThan(0)
  expect(ok(await env.call(DEMO.leaderBachuan, 'counters.check', {})).drift).toEqual([])
})

it('leaves most houses patrolled last month, so the plan is mostly 未巡 rather than 逾期', async () => {
  const plan = ok(await env.call(DEMO.inspectorYulong, 'patrol.plan', { pageSize: 50 }))
  expect(plan.counts.done + plan.counts.pending).toBeGreaterThan(plan.counts.overdue)
})

async function allCases(): Promise<CaseSummary[]> {
  const out: CaseSummary[] = []
  for (const stage of CASE_STAGES) out.push(...ok(await env.call(DEMO.staffBachuan, 'case.list', { stage, pageSize: 50 })).items)
  return out
}

describe('the hazard cases of the demo', () => {
  it('has cases in every stage, from a farmer\'s own report to renovated and closed', async () => {
    const cases = await allCases()
    expect(CASE_STAGES.filter((stage) => !cases.some((c) => c.stage === stage))).toEqual([])
    const mine = ok(await env.call(DEMO.farmerYulong, 'case.mine', {}))
    expect(mine.map((c) => [c.source, c.stage])).toEqual([['farmerReport', 'reported']])
    // Appraised C and D houses, and one step past its limit: the appraisal.
    expect(cases.filter((c) => c.stage !== 'closed' && (c.grade === 'C' || c.grade === 'D')).length).toBeGreaterThanOrEqual(5)
    expect(cases.filter((c) => c.overdue).map((c) => c.stage)).toEqual(['awaitingAppraisal'])
  })

  it("gives the leader's case, critical and renovation figures that are not zero and equal a recount", async () => {
    const { totals, trends } = ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', {}))
    expect(trends.slice(5, 11).filter((t) => t.casesOpened > 0).length).toBeGreaterThanOrEqual(3)
    const raw = await env.rt.store.collection('cases').find({ where: { streetId: 's-bachuan' } })
    const open = raw.filter((c) => OPEN_CASE_STAGES.includes(c.stage))
    expect(totals.openCases).toBe(open.length)
    expect(Object.values(totals.casesByStage).reduce((a, b) => a + (b ?? 0), 0)).toBe(open.length)
    expect(totals.inRenovation).toBe(open.filter((c) => ['renovationPlanned', 'renovating', 'accepted'].includes(c.stage)).length)
    expect(totals.renovated).toBe(raw.filter((c) => c.closeRoute === 'renovated').length)
    expect([totals.openCases > 0, totals.inRenovation >= 3, totals.renovated >= 2, totals.overdueCases]).toEqual([true, true, true, 1])
    // The per-village case figures count the cases again from the raw records.
    const villages = ok(await env.call(DEMO.leaderBachuan, 'case.villageFigures', {}))
    const sum = (k: 'inRenovation' | 'renovated' | 'overdue' | 'occupiedDangerous') => villages.reduce((a, v) => a + v[k], 0)
    expect([sum('inRenovation'), sum('renovated'), sum('overdue'), sum('occupiedDangerous')]).toEqual([totals.inRenovation, totals.renovated, totals.overdueCases, totals.occupiedDangerous])
    // The critical list's appraised rows are the houses the figure counts (the 疑似危房 rows
    // come on top, not yet appraised), and the dangerous houses with a case lead to it.
    const critical = ok(await env.call(DEMO.leaderBachuan, 'case.critical', {}))
    expect(critical.filter((h) => !h.suspected).length).toBe(totals.occupiedDangerous)
    expect(critical.filter((h) => h.caseId).length).toBeGreaterThanOrEqual(2)
  })

  it('moved every case only by the steps the state machine allows, in order, with funds in whole fen', async () => {
    for (const summary of await allCases()) {
      const c = ok(await env.call(DEMO.staffBachuan, 'case.get', { caseId: summary.id }))
      let stage = 'reported'
      let last = ''
      for (const e of c.timeline) {
        expect(e.at >= last).toBe(true)
        last = e.at
        const rule = TRANSITIONS[e.action as CaseAction]
        if (!rule) continue
        expect([e.from, rule.from.includes(stage as never), e.to]).toEqual([stage, true, rule.to])
        stage = rule.to
      }
      expect(stage).toBe(c.stage)
      for (const fen of [c.renovation?.ownFundsFen, c.renovation?.subsidyFen]) if (fen != null) expect(Number.isInteger(fen) && fen > 0).toBe(true)
    }
  })

  it('lists the flood of three weeks ago as reported in time by both its villages', async () => {
    const [flood] = ok(await env.call(DEMO.staffBachuan, 'disaster.list', {})).items
    expect(flood).toMatchObject({ kind: 'flood', state: 'done', villageCount: 2, reports: 1 })
  })
})
