// npm run bench -- --engine cloud: the same backend through CloudBaseStore and the real
// wx-server-sdk against the offline CloudBase emulator (in a child process, so that this
// process is the cloud function and its memory its own), with a round trip added to every
// request (--rtt, default 20 ms) and the service's page cap. Per scenario: database
// requests (reads / writes), wall time at that round trip, the longest single step and,
// for long jobs, peak memory. --size street (400 households, 12 villages; --quick 120) or
// district (100,000 households, 300 villages). A long job that outlasts --job-seconds
// (district: 120) is stopped and projected from its progress. Ends with the cost model
// (cloud-cost.ts). Writes .bench/cloud-results.json.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dispatch, type Identity } from '../../server/actions/dispatch'
import { registry } from '../../server/actions/registry'
import type { Deps } from '../../server/core/deps'
import { runReminders } from '../../server/jobs/reminders'
import { runTick } from '../../server/jobs/tick'
import { createCloudRuntime } from '../../server/runtime/cloud'
import { stepCampaign } from '../../server/services/alerts/campaigns'
import { refreshAll } from '../../server/services/counters/refresh'
import { dispatchOutbox } from '../../server/services/notify/dispatch-outbox'
import { enqueue } from '../../server/services/notify/enqueue'
import { seedScale, type ScaleSummary } from '../../server/seed/scale-seed'
import { grantKeys } from '../../server/store/grant-keys'
import { guardNetwork, initCloudSdkAgainst } from '../../test/support/cloudbase-emulator'
import { againstBasicQuota, monthOfUse, readsAndWrites, type CountedRun, type CountedScenarios } from './cloud-cost'
import { directSeedStore, startBenchEmulator, type BenchEmulator } from './cloud-emulator'
import { importCloudList } from './cloud-import'
import { round } from './stats'

const ROOT = path.resolve(__dirname, '../..')
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1]! : fallback
}
const quick = process.argv.includes('--quick')
const SIZE = arg('size', 'street')
if (SIZE !== 'street' && SIZE !== 'district') throw new Error('--size street | district')
const district = SIZE === 'district'
const RTT = Number(arg('rtt', '20'))
const HOUSEHOLDS = Number(arg('households', String(district ? 100_000 : quick ? 120 : 400)))
const VILLAGES = district ? 300 : 12
// A district keeps one month of patrols (the quarter's so far): three would triple memory.
const PATROL_MONTHS = district ? 1 : 3
const SAMPLES = quick ? 5 : 10
const JOB_SECONDS = Number(arg('job-seconds', district ? '120' : '3600'))
const MESSAGES = Number(arg('messages', quick ? '100' : '5000'))
// The list a street or district sends in (--quick: half a quick street, to stay within CI's two minutes).
const IMPORT_ROWS = Number(arg('rows', String(quick ? HOUSEHOLDS / 2 : HOUSEHOLDS)))
/** scripts/deploy/plan.ts memoryFor: api 512 MB, tick 256 MB. */
const API_MB = 512
const TICK_MB = 256

const log = (msg: string) => process.stderr.write(`[bench:cloud] ${msg}\n`)
const mb = () => Math.round(process.memoryUsage().rss / 1024 / 1024)

interface Figure {
  /** Database, storage and openapi requests per call (median), and reads / writes among them. */
  requests: number
  reads: number
  writes: number
  p50Ms: number
  maxMs: number
}

/** Runs `fn` n times and counts the emulator's requests per run. */
async function measure(emu: BenchEmulator, n: number, fn: (i: number) => Promise<void>): Promise<Figure> {
  const runs: Array<{ n: number; ms: number; reads: number; writes: number }> = []
  for (let i = 0; i < n; i++) {
    const before = await emu.requests()
    const t = performance.now()
    await fn(i)
    const ms = performance.now() - t
    const kinds = readsAndWrites(await emu.tally(before))
    runs.push({ n: (await emu.requests()) - before, ms, ...kinds })
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  return { requests: median(runs.map((r) => r.n)), reads: median(runs.map((r) => r.reads)), writes: median(runs.map((r) => r.writes)), p50Ms: round(median(runs.map((r) => r.ms)), 0), maxMs: round(Math.max(...runs.map((r) => r.ms)), 0) }
}

export interface JobFigures {
  requests: number
  reads: number
  writes: number
  seconds: number
  steps: number
  longestStepSeconds: number
  /** Resident memory of this process (the function) at its highest while the job ran. */
  peakRssMb: number
  finished: boolean
  /** Progress when it stopped, of its whole (houses, messages, rows…). */
  done: number
  total: number
  /** Whole-job figures: as measured if it finished, else scaled from its progress. */
  projectedSeconds: number | null
  projectedRequests: number | null
}

/** A long job run step by step until done or out of --job-seconds. */
export async function job(emu: BenchEmulator, total: number, step: () => Promise<{ more: boolean; done: number }>): Promise<JobFigures> {
  const before = await emu.requests()
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  const t = performance.now()
  let steps = 0
  let longest = 0
  let done = 0
  let more = true
  try {
    while (more && performance.now() - t < JOB_SECONDS * 1000) {
      const s = performance.now()
      ;({ more, done } = await step())
      longest = Math.max(longest, performance.now() - s)
      steps++
    }
  } finally {
    clearInterval(sampler)
  }
  const seconds = (performance.now() - t) / 1000
  const requests = (await emu.requests()) - before
  const kinds = readsAndWrites(await emu.tally(before))
  const scale = !more ? 1 : done > 0 ? total / done : null
  return {
    requests, reads: kinds.reads, writes: kinds.writes, seconds: round(seconds, 1), steps, longestStepSeconds: round(longest / 1000, 1), peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024),
    finished: !more, done, total,
    projectedSeconds: scale === null ? null : round(seconds * scale, 0), projectedRequests: scale === null ? null : Math.round(requests * scale),
  }
}

type Call = (userId: string, action: string, input: unknown) => Promise<unknown>

async function main(): Promise<void> {
  const guard = guardNetwork()
  const emu = await startBenchEmulator()
  const cloud = initCloudSdkAgainst(emu)
  // A template for deadline reminders, so the outbox's messages go out as subscription messages.
  const env = { ...process.env, ...emu.env, ANJU_DATA_KEY: crypto.randomBytes(32).toString('base64'), TZ: 'Asia/Shanghai', ANJU_TEMPLATE_IDS: JSON.stringify({ deadlineReminder: 'TPL-bench' }) }
  const { deps } = createCloudRuntime(cloud as never, { env, log: { info: () => {}, error: (m, d) => log(`${m} ${JSON.stringify(d ?? {}).slice(0, 300)}`) } })
  const now = deps.clock.now()
  let t = performance.now()
  // Bench-only: the district's documents go straight into the emulator (through the SDK
  // at 0 ms a street took ~5 ms a household: 100,000 would take longer than the jobs).
  log(`seeding ${HOUSEHOLDS} households in ${VILLAGES} villages straight into the emulator`)
  const summary: ScaleSummary = await seedScale(directSeedStore(emu), deps.personal, { households: HOUSEHOLDS, householdsPerVillage: Math.ceil(HOUSEHOLDS / VILLAGES), patrolMonths: PATROL_MONTHS, now })
  for (const id of ['u-bench-staff', 'u-bench-leader', 'u-bench-appraiser', ...Object.values(summary.inspectorOf)]) await emu.patch('users', id, { openid: `o-${id}` })
  const seedSeconds = round((performance.now() - t) / 1000, 1)
  log(`seeded in ${seedSeconds} s (${summary.houses} houses, ${summary.patrols} patrols, ${summary.cases} cases); rss ${mb()} MB; counting every village through the SDK`)
  t = performance.now()
  const recountFrom = await emu.requests()
  await refreshAll(deps)
  const recountKinds = readsAndWrites(await emu.tally(recountFrom))
  const recountRequests = (await emu.requests()) - recountFrom
  log(`counted in ${round((performance.now() - t) / 1000, 1)} s, ${recountRequests} requests`)
  const farmers = await addFarmers(deps, summary, SAMPLES)
  const as = (userId: string): Identity => ({ kind: 'openid', openid: `o-${userId}` })
  const call: Call = async (userId, action, input) => {
    const r = (await dispatch(registry, deps, { action, input }, as(userId))) as { ok: boolean; code?: string; message?: string; data?: unknown }
    if (!r.ok) throw new Error(`${action}: ${r.code} ${r.message}`)
    return r.data
  }

  await emu.setLatency(RTT)
  log(`measuring at ${RTT} ms per request`)
  const village = summary.villageIds[0]!
  const inspector = summary.inspectorOf[village]!
  const houses = await deps.store.collection('houses').find({ where: { villageId: village }, limit: 100 })
  const households = await deps.store.collection('households').find({ where: { villageId: village }, limit: 100 })
  const reported = await deps.store.collection('cases').find({ where: { stage: 'reported', villageId: { $in: summary.villageIds.slice(0, 50) } }, limit: SAMPLES })
  const patrolAt = now.toISOString()
  const findings = { site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'ok', roof: 'ok', enclosure: 'ok' }
  const noProblem = { cracks: false, leaning: false, roof: false, foundation: false, slope: false }
  const results: Record<string, unknown> = {
    engine: 'cloud (wx-server-sdk → emulator)',
    size: SIZE,
    quick,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${round(os.totalmem() / 1024 ** 3, 0)} GB, Node ${process.version}`,
    at: new Date().toISOString(),
    rttMs: RTT,
    chunkBudgetMs: deps.config.chunkBudgetMs,
    households: HOUSEHOLDS,
    houses: summary.houses,
    villages: summary.villages,
    patrolMonths: PATROL_MONTHS,
    seedSeconds,
    dailyRecount: { requests: recountRequests, ...recountKinds, secondsAtRtt: round((recountRequests * RTT) / 1000, 0) },
    householdList: await measure(emu, SAMPLES, (i) => call('u-bench-staff', 'household.list', { villageId: summary.villageIds[i % summary.villageIds.length], page: 1, pageSize: 20 }).then(() => undefined)),
    householdDetail: await measure(emu, SAMPLES, (i) => call('u-bench-staff', 'household.get', { householdId: households[i % households.length]!._id }).then(() => undefined)),
    patrolSubmit: await measure(emu, SAMPLES, (i) =>
      call(inspector, 'patrol.submit', { patrolId: `pt-cloud-${i}-${crypto.randomUUID()}`, houseId: houses[i % houses.length]!._id, kind: 'routine', patrolledAt: patrolAt, findings, judgment: 'safe', occupied: true, photos: [], gps: null, scannedPlate: true, notes: '' }).then(() => undefined),
    ),
    selfCheck: await measure(emu, farmers.length, (i) =>
      call(farmers[i]!.userId, 'selfcheck.submit', { reportId: `sc-cloud-${i}-${crypto.randomUUID()}`, houseId: farmers[i]!.houseId, answers: noProblem, description: '', photos: [], checkedAt: patrolAt }).then(() => undefined),
    ),
    caseTransition: await measure(emu, Math.min(SAMPLES, reported.length), (i) => {
      const c = reported[i]!
      return call(summary.inspectorOf[c.villageId]!, 'case.transition', { caseId: c._id, transitionId: `tr-cloud-${i}`, expectRev: c._rev, action: 'verify', note: '核实' }).then(() => undefined)
    }),
    dashboard: await measure(emu, SAMPLES, () => call('u-bench-leader', 'dashboard.summary', {}).then(() => undefined)),
    monthlyPlan: await measure(emu, 3, () => call(inspector, 'patrol.plan', { villageId: village, status: 'all', page: 1, pageSize: 50 }).then(() => undefined)),
  }
  log('reminders')
  results.reminders = await job(emu, 1, async () => ({ more: false, done: (await runReminders(deps), 1) }))
  log('ticks')
  // The day's first tick recounts every village; the next delivers what the reminders
  // queued; the third is the idle tick of the other ~140 a day.
  results.firstTickOfDay = await job(emu, 1, async () => ({ more: false, done: (await runTick(deps), 1) }))
  results.secondTick = await job(emu, 1, async () => ({ more: false, done: (await runTick(deps), 1) }))
  results.idleTick = await job(emu, 1, async () => ({ more: false, done: (await runTick(deps), 1) }))
  log('red-alert fan-out')
  results.redAlertFanOut = await fanOut(deps, emu, call, summary)
  log('quarterly report')
  results.quarterlyReport = await quarterly(emu, call)
  log('outbox')
  results.outbox = await outbox(deps, emu, MESSAGES)
  // Last: the list says who is on it, so the seeded households not on it leave.
  log(`import of ${IMPORT_ROWS} rows`)
  results.import = await importCloudList(deps, emu, summary, IMPORT_ROWS, RTT, (total, step) => job(emu, total, step))
  await emu.setLatency(0)
  const sizes = await emu.sizes()
  results.storedBytes = Object.values(sizes).reduce((n, s) => n + s.bytes, 0)
  results.storedDocuments = Object.fromEntries(Object.entries(sizes).filter(([, s]) => s.documents > 0).map(([k, s]) => [k, s]))
  results.costModel = costModel(results, summary, results.storedBytes as number)
  results.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
  guard.restore()
  const unsupported = await emu.unsupported()
  await emu.close()
  if (guard.violations.length) throw new Error(`network outside loopback: ${guard.violations.join(', ')}`)
  if (unsupported.length) throw new Error(`requests the emulator does not know: ${unsupported.join(', ')}`)
  fs.mkdirSync(path.join(ROOT, '.bench'), { recursive: true })
  const file = path.join(ROOT, '.bench', quick ? 'cloud-results.json' : `cloud-results-${SIZE}.json`)
  fs.writeFileSync(file, JSON.stringify(results, null, 2))
  if (!quick) fs.copyFileSync(file, path.join(ROOT, '.bench', 'cloud-results.json'))
  console.log(JSON.stringify(results, null, 2))
}

/** Farmers bound to the first households (as an inspector's invitation would), for self-checks. */
async function addFarmers(deps: Deps, s: ScaleSummary, n: number): Promise<Array<{ userId: string; houseId: string }>> {
  const picked = await deps.store.collection('houses').find({ where: { villageId: s.villageIds[0]! }, orderBy: [['villageId', 'asc'], ['_id', 'asc']], limit: n })
  const nowIso = deps.clock.now().toISOString()
  const users = picked.map((h) => {
    const grants = [{ role: 'farmer' as const, orgId: h.villageId }]
    return { _id: `u-bf-${h._id}`, name: '基准农户', openid: `o-u-bf-${h._id}`, grants, grantKeys: grantKeys(grants), householdId: h.householdId, disabled: false, createdAt: nowIso }
  })
  await deps.store.collection('users').insertMany(users)
  return picked.map((h) => ({ userId: `u-bf-${h._id}`, houseId: h._id }))
}

async function fanOut(deps: Deps, emu: BenchEmulator, call: Call, s: ScaleSummary) {
  const now = deps.clock.now()
  const alert = (await call('u-bench-staff', 'alert.issue', { alertId: `al-cloud-${Date.now()}`, eventType: '1003', color: 'red', villageIds: s.villageIds, startsAt: now.toISOString(), endsAt: new Date(now.getTime() + 86400_000).toISOString(), text: '暴雨红色预警' })) as { campaignId: string }
  let campaign = (await deps.store.collection('campaigns').get(alert.campaignId))!
  return job(emu, s.houses, async () => {
    campaign = await stepCampaign(deps, campaign, Date.now() + deps.config.chunkBudgetMs)
    return { more: campaign.status === 'running', done: campaign.tasksCreated }
  })
}

async function quarterly(emu: BenchEmulator, call: Call) {
  const reportId = `rep-cloud-${Date.now()}`
  await call('u-bench-staff', 'report.quarterlyStart', { reportId, quarter: '2026-Q4' })
  return job(emu, 100, async () => {
    const r = (await call('u-bench-staff', 'report.quarterlyStep', { reportId })) as { phase: string; progress: number }
    const more = r.phase !== 'done' && r.phase !== 'failed'
    // Progress is per phase (collecting, then writing): half the job each.
    return { more, done: more ? (r.phase === 'writing' ? 50 : 0) + r.progress / 2 : 100 }
  })
}

/** A day's outbox: messages to users who consented, enqueued at 0 ms, delivered at the RTT. */
async function outbox(deps: Deps, emu: BenchEmulator, n: number) {
  await emu.setLatency(0)
  const users = (await deps.store.collection('users').find({ limit: 1000 })).slice(0, 20)
  const nowIso = deps.clock.now().toISOString()
  for (const u of users) await deps.store.collection('consents').set({ _id: `${u._id}:deadlineReminder`, userId: u._id, kind: 'deadlineReminder', remaining: n, longTerm: false, updatedAt: nowIso })
  for (let i = 0; i < n; i++) {
    const u = users[i % users.length]!
    await deps.store.transaction((tx) => enqueue(tx, { cause: `bench:${i}`, userId: u._id, kind: 'deadlineReminder', title: '待办', body: '待办', page: 'pages/index/index', fields: { thing1: '待办', time2: '2026-12-01 23:59', thing3: '待办' } }, nowIso))
  }
  await emu.setLatency(RTT)
  let sent = 0
  let done = 0
  const r = await job(emu, n, async () => {
    const step = await dispatchOutbox(deps, Date.now() + deps.config.chunkBudgetMs * 4)
    const settled = step.sent + step.skipped + step.failed
    sent += step.sent
    done += settled
    return { more: settled > 0 && done < n, done }
  })
  return { messages: n, sent, ...r, requestsPerMessage: done ? round(r.requests / done, 1) : null }
}

/** A counted run of the cost model from a scenario's figures: a call's, or a whole job's. */
function counted(r: unknown, memoryMb: number, per = 1): CountedRun {
  const f = r as Partial<Figure & JobFigures>
  const scale = f.finished === false && f.projectedRequests ? f.projectedRequests / f.requests! : 1
  const seconds = f.p50Ms !== undefined ? f.p50Ms / 1000 : (f.projectedSeconds ?? f.seconds ?? 0)
  return { reads: ((f.reads ?? 0) * scale) / per, writes: ((f.writes ?? 0) * scale) / per, seconds: seconds / per, memoryMb, calls: (f.p50Ms !== undefined ? 1 : Math.max(1, Math.round((f.steps ?? 1) * scale))) / per }
}

function costModel(results: Record<string, unknown>, s: ScaleSummary, storedBytes: number) {
  const r = results as Record<string, unknown> & { outbox: JobFigures & { messages: number }; dailyRecount: { reads: number; writes: number; secondsAtRtt: number } }
  const sent = r.outbox.done || 1
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
    outboxMessage: { ...counted({ ...r.outbox, finished: true }, TICK_MB, sent), calls: 0 },
  }
  const month = monthOfUse(c, { households: s.households, houses: s.houses, villages: s.villages })
  return { perMonth: month, basicQuota: againstBasicQuota(month, storedBytes), storedMb: round(storedBytes / 1024 / 1024, 1) }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
