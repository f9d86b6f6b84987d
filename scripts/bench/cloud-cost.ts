// The cost model of the cloud bench: from the requests each scenario was counted making,
// a month of steady use of a street or a district on CloudBase — database reads and
// writes, function GB-seconds, calls and stored data — next to CloudBase's basic quota.
// Pure arithmetic; the bench (cloud.ts) feeds it the counted figures, the README states
// the assumptions in words.

/** What one run of a scenario cost: requests by kind, run time, the function's memory. */
export interface CountedRun {
  reads: number
  writes: number
  seconds: number
  /** Memory the deploy gives the function that runs it (scripts/deploy/plan.ts memoryFor). */
  memoryMb: number
  /** Function invocations of the run (a long job: one per step). */
  calls: number
}

/** The counted runs the model needs, each for one unit named in its comment. */
export interface CountedScenarios {
  /** One routine patrol of one house. */
  patrolSubmit: CountedRun
  /** The household's detail opened once (before each patrol). */
  householdDetail: CountedRun
  /** One page of a village's household list. */
  householdList: CountedRun
  /** One page of a village's monthly plan. */
  monthlyPlan: CountedRun
  dashboard: CountedRun
  /** One farmer's self-check. */
  selfCheck: CountedRun
  /** One step of a case. */
  caseTransition: CountedRun
  /** The whole red-alert fan-out over every village. */
  redAlertFanOut: CountedRun
  /** One quarterly report of the street(s). */
  quarterlyReport: CountedRun
  /** The day's reminders (run once a day by the tick). */
  reminders: CountedRun
  /** One tick with nothing to do (the other 143 of a day). */
  idleTick: CountedRun
  /** The daily recount of every village (the safety net of the counters). */
  dailyRecount: CountedRun
  /** One message delivered from the outbox. */
  outboxMessage: CountedRun
}

export interface Scale {
  households: number
  houses: number
  villages: number
}

export interface UseAssumptions {
  daysPerMonth: number
  ticksPerDay: number
  /** Share of households whose farmer sends a self-check in a month. */
  selfCheckShare: number
  /** Dashboard opens a day per village (its inspector, the street's staff and leaders). */
  dashboardsPerVillageDay: number
  /** Houses on one page of the list and of the plan an inspector walks through. */
  housesPerPage: number
  /** Case steps a month per 100 households. */
  caseStepsPer100Households: number
  /** Messages a month per household (reminders, emergency tasks, case progress). */
  messagesPerHousehold: number
  storms: number
  /** Quarterly reports a month (one a quarter). */
  reportsPerMonth: number
}

export const STEADY_USE: UseAssumptions = {
  daysPerMonth: 30,
  ticksPerDay: 144,
  selfCheckShare: 0.1,
  dashboardsPerVillageDay: 2,
  housesPerPage: 20,
  caseStepsPer100Households: 5,
  messagesPerHousehold: 0.2,
  storms: 1,
  reportsPerMonth: 1 / 3,
}

export interface MonthOfUse {
  reads: number
  writes: number
  gbSeconds: number
  calls: number
  /** What each part of the month contributes to reads + writes. */
  parts: Record<string, number>
}

/** A month of steady use: every house patrolled, one storm with its emergency patrols, … */
export function monthOfUse(c: CountedScenarios, s: Scale, a: UseAssumptions = STEADY_USE): MonthOfUse {
  const days = a.daysPerMonth
  const pages = Math.ceil(s.houses / a.housesPerPage)
  // Each storm's fan-out is followed by an emergency patrol of every house it warned.
  const patrols = s.houses * (1 + a.storms)
  const uses: Array<[string, CountedRun, number]> = [
    ['patrols', c.patrolSubmit, patrols],
    ['household detail before a patrol', c.householdDetail, patrols],
    ['household list pages', c.householdList, pages],
    ['monthly plan pages', c.monthlyPlan, pages],
    ['dashboards', c.dashboard, s.villages * a.dashboardsPerVillageDay * days],
    ['self-checks', c.selfCheck, s.households * a.selfCheckShare],
    ['case steps', c.caseTransition, (s.households / 100) * a.caseStepsPer100Households],
    ['red-alert fan-out', c.redAlertFanOut, a.storms],
    ['quarterly report', c.quarterlyReport, a.reportsPerMonth],
    ['reminders', c.reminders, days],
    ['idle ticks', c.idleTick, (a.ticksPerDay - 1) * days],
    ['daily recount', c.dailyRecount, days],
    ['outbox messages', c.outboxMessage, s.households * a.messagesPerHousehold],
  ]
  const out: MonthOfUse = { reads: 0, writes: 0, gbSeconds: 0, calls: 0, parts: {} }
  for (const [name, run, times] of uses) {
    out.reads += run.reads * times
    out.writes += run.writes * times
    out.gbSeconds += (run.memoryMb / 1024) * run.seconds * times
    out.calls += run.calls * times
    out.parts[name] = Math.round((run.reads + run.writes) * times)
  }
  out.reads = Math.round(out.reads)
  out.writes = Math.round(out.writes)
  out.gbSeconds = Math.round(out.gbSeconds)
  out.calls = Math.round(out.calls)
  return out
}

/**
 * The basic quota of 小程序·云开发 (the free allowance every environment starts with):
 * developers.weixin.qq.com …/wxcloud/basis/concepts/quota.html. Reads and writes are per day.
 */
export const BASIC_QUOTA = {
  readsPerDay: 50_000,
  writesPerDay: 30_000,
  gbSecondsPerMonth: 40_000,
  callsPerMonth: 200_000,
  databaseGb: 2,
}

/** How a month compares with the basic quota: the share of each allowance it uses. */
export function againstBasicQuota(m: MonthOfUse, storedBytes: number, daysPerMonth = STEADY_USE.daysPerMonth) {
  const share = (used: number, allowed: number) => Math.round((used / allowed) * 100) / 100
  return {
    readsPerDay: Math.round(m.reads / daysPerMonth),
    writesPerDay: Math.round(m.writes / daysPerMonth),
    readShare: share(m.reads / daysPerMonth, BASIC_QUOTA.readsPerDay),
    writeShare: share(m.writes / daysPerMonth, BASIC_QUOTA.writesPerDay),
    gbSecondShare: share(m.gbSeconds, BASIC_QUOTA.gbSecondsPerMonth),
    callShare: share(m.calls, BASIC_QUOTA.callsPerMonth),
    databaseShare: share(storedBytes / 1024 ** 3, BASIC_QUOTA.databaseGb),
  }
}

/** Database requests by billing kind: queries and counts read, inserts/updates/removes write. */
export function readsAndWrites(byAction: Record<string, number>): { reads: number; writes: number; other: number } {
  let reads = 0
  let writes = 0
  let other = 0
  for (const [action, n] of Object.entries(byAction)) {
    if (action === 'database.getDocument' || action === 'database.calculateDocument') reads += n
    else if (action === 'database.insertDocument' || action === 'database.modifyDocument' || action === 'database.removeDocument') writes += n
    // A transaction's start, commit and abort: billed as reads here, so the model errs high.
    else if (action.endsWith('Transaction')) reads += n
    else other += n
  }
  return { reads, writes, other }
}
