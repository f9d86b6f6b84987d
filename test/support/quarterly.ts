// Making a quarterly report through the actions, as street staff do: start, then step until done.
import type { QuarterlyReportView } from '../../domain'
import { DEMO, ok, type TestEnv } from './local-env'

export async function makeQuarterlyReport(env: TestEnv, reportId: string, quarter: string, staff: string = DEMO.staffBachuan): Promise<QuarterlyReportView> {
  let r = ok(await env.call(staff, 'report.quarterlyStart', { reportId, quarter }))
  for (let steps = 0; r.phase !== 'done' && r.phase !== 'failed' && steps < 100; steps++) r = ok(await env.call(staff, 'report.quarterlyStep', { reportId }))
  if (r.phase !== 'done') throw new Error(`report ${reportId} ended ${r.phase}: ${r.failure}`)
  return r
}
