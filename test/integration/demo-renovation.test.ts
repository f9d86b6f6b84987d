// The demo street's renovation as a newcomer sees it: every accepted works had a supervision
// visit, works under way without one are there to try the refusal on, this year's plan
// lists the approved renovations with progress from their cases, and two housing options.
import { seedDemoHistory } from '../../server/seed/demo-history'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-20T10:00:00+08:00' })
  await seedDemoHistory(env.rt.deps)
})
afterAll(() => env.close())

it('every accepted works of the demo had a supervision visit before its acceptance', async () => {
  const cases = (await env.rt.store.collection('cases').find({ where: { streetId: 's-bachuan' } })).filter((c) => c.renovation?.acceptedOn)
  expect(cases.length).toBeGreaterThan(0)
  for (const c of cases) {
    const events = await env.rt.store.collection('caseEvents').find({ where: { caseId: c._id } })
    const visit = events.find((e) => e.action === 'supervision')
    const accept = events.find((e) => e.action === 'acceptRenovation')
    expect(visit && accept && visit.at < accept.at).toBe(true)
  }
})

it('leaves works under way that nobody has supervised yet', async () => {
  const renovating = await env.rt.store.collection('cases').find({ where: { stage: 'renovating' } })
  const counts = await Promise.all(renovating.map((c) => env.rt.store.collection('supervisionVisits').count({ caseId: c._id })))
  expect(counts).toContain(0)
  expect(counts.some((n) => n > 0)).toBe(true)
})

it('this year\'s plan lists the approved renovations with their progress, and the street has housing options', async () => {
  const plan = ok(await env.call(DEMO.leaderBachuan, 'renovationPlan.list', { year: 2026 }))
  expect(plan.entries.map((e) => e.progress.label).sort()).toEqual(['改造中', '改造中', '竣工验收', '纳入改造'])
  expect(plan.totals).toMatchObject({ households: 4, plannedFen: 9_700_000, paidFen: 3_850_000 })
  expect(ok(await env.call(DEMO.staffBachuan, 'housing.list', {})).map((o) => o.roomLeft)).toEqual([2, 4])
})
