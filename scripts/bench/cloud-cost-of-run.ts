// The cost model fed from a bench run's figures (cloud.ts): a call's median, or a long
// job's whole (projected when it was stopped), each with the memory its function is
// deployed with (scripts/deploy/plan.ts memoryFor: api 512 MB, tick 256 MB).
import type { ScaleSummary } from '../../server/seed/scale-seed'
import { againstBasicQuota, monthOfUse, type CountedRun, type CountedScenarios } from './cloud-cost'
import type { JobFigures } from './cloud-long-jobs'
import { round } from './stats'

const API_MB = 512
const TICK_MB = 256

/** A short scenario's figures: requests per call (median) and reads / writes among them. */
export interface CallFigures {
  requests: number
  reads: number
  writes: number
  p50Ms: number
  maxMs: number
}

/** A counted run of the cost model from a scenario's figures: a call's, or a whole job's. */
function counted(r: unknown, memoryMb: number, per = 1): CountedRun {
  if (!r) return { reads: 0, writes: 0, seconds: 0, memoryMb, calls: 0 }
  const f = r as Partial<CallFigures & JobFigures>
  const scale = f.finished === false && f.projectedRequests ? f.projectedRequests / f.requests! : 1
  const seconds = f.p50Ms !== undefined ? f.p50Ms / 1000 : (f.projectedSeconds ?? f.seconds ?? 0)
  return { reads: ((f.reads ?? 0) * scale) / per, writes: ((f.writes ?? 0) * scale) / per, seconds: seconds / per, memoryMb, calls: (f.p50Ms !== undefined ? 1 : Math.max(1, Math.round((f.steps ?? 1) * scale))) / per }
}

export function costModel(results: Record<string, unknown>, s: ScaleSummary, storedBytes: number) {
  const r = results as Record<string, unknown> & { outbox?: JobFigures & { messages: number }; dailyRecount: { reads: number; writes: number; secondsAtRtt: number } }
  const c: CountedScenarios = {
    patrolSubmit: counted(r.patrolSubmit, API_MB),
    householdDetail: counted(r.householdDetail, API_MB),
    householdList: counted(r.householdList, API_MB),
    monthlyPlan: counted(r.monthlyPlan, API_MB),
    dashboard: counted(r.dashboard, API_MB),
    selfCheck: counted(r.selfCheck, API_MB),
    caseTransition: counted(r.caseTransition, API_MB),
    redAlertFanOut: counted(r.redAlertFanOut, TICK_MB),
    quarterlyReport: counted(r.quarterlyReport, API_MB),
    reminders: counted(r.reminders, TICK_MB),
    idleTick: counted(r.idleTick, TICK_MB),
    dailyRecount: { reads: r.dailyRecount.reads, writes: r.dailyRecount.writes, seconds: r.dailyRecount.secondsAtRtt, memoryMb: TICK_MB, calls: 0 },
    outboxMessage: { ...counted(r.outbox && { ...r.outbox, finished: true }, TICK_MB, r.outbox?.done || 1), calls: 0 },
  }
  const month = monthOfUse(c, { households: s.households, houses: s.houses, villages: s.villages })
  // A scenario the run did not get to counts as nothing: the month is then a lower bound.
  const notMeasured = ['redAlertFanOut', 'quarterlyReport', 'reminders', 'idleTick', 'outbox'].filter((k) => !results[k])
  return { perMonth: month, basicQuota: againstBasicQuota(month, storedBytes), storedMb: round(storedBytes / 1024 / 1024, 1), notMeasured }
}
