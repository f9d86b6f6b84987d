// A client-made id is no key to another street's data: sending the id of a 东城 object
// from 巴川 never returns that object.
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 3 })
})
afterAll(() => env.close())

it("巴川 staff never get 东城's quarterly report, nor its file, by passing its id", async () => {
  ok(await env.call(DEMO.staffDongcheng, 'report.quarterlyStart', { reportId: 'rep-dongcheng-q4', quarter: '2026-Q4' }))
  let r = ok(await env.call(DEMO.staffDongcheng, 'report.quarterlyStep', { reportId: 'rep-dongcheng-q4' }))
  while (r.phase !== 'done') r = ok(await env.call(DEMO.staffDongcheng, 'report.quarterlyStep', { reportId: 'rep-dongcheng-q4' }))
  expect(r.file).not.toBeNull()
  const probe = await env.call(DEMO.staffBachuan, 'report.quarterlyStart', { reportId: 'rep-dongcheng-q4', quarter: '2026-Q4' })
  expect(probe.ok ? probe.data : probe.code).toBe('CONFLICT')
  expect(JSON.stringify(probe)).not.toContain(r.file!.fileId)
})

it("巴川 staff never see 东城's random sample by passing its id", async () => {
  ok(await env.call(DEMO.staffDongcheng, 'sample.draw', { sampleId: 'smp-dongcheng', month: '2026-11', mode: 'count', value: 1 }))
  const probe = await env.call(DEMO.staffBachuan, 'sample.draw', { sampleId: 'smp-dongcheng', month: '2026-11', mode: 'count', value: 1 })
  expect(probe.ok ? probe.data.villages.map((v) => v.villageName) : probe.code).toBe('CONFLICT')
})

it('a retry by the one who started the report still gets it', async () => {
  const first = ok(await env.call(DEMO.staffBachuan, 'report.quarterlyStart', { reportId: 'rep-bachuan-retry', quarter: '2026-Q4' }))
  const again = ok(await env.call(DEMO.staffBachuan, 'report.quarterlyStart', { reportId: 'rep-bachuan-retry', quarter: '2026-Q4' }))
  expect(again.id).toBe(first.id)
})
