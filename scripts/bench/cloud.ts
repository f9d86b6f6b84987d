// npm run bench -- --engine cloud: the same backend through CloudBaseStore and the real
// wx-server-sdk against the offline CloudBase emulator (in a child process, so that this
// process is the cloud function and its memory its own), with a round trip added to every
// request (--rtt, default 20 ms) and the service's page cap. Per scenario: database
// requests (reads / writes), wall time at that round trip, the longest single step and,
// for long jobs, peak memory. --size street (400 households, 12 villages; --quick 120) or
// district (100,000 households, 300 villages). A long job that outlasts --job-seconds
// (district: 120) is stopped and projected from its progress; --jobs a,b picks the long
// jobs. Ends with the cost model (cloud-cost.ts). Writes .bench/cloud-results[-size].json.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dispatch, type Identity } from '../../server/actions/dispatch'
import { registry } from '../../server/actions/registry'
import type { Deps } from '../../server/core/deps'
import { runReminders } from '../../server/jobs/reminders'
import { localDate } from '../../domain'
import { runTick } from '../../server/jobs/tick'
import { createCloudRuntime } from '../../server/runtime/cloud'
import { refreshAll } from '../../server/services/counters/refresh'
import { seedScale, type ScaleSummary } from '../../server/seed/scale-seed'
import { grantKeys } from '../../server/store/grant-keys'
import { guardNetwork, initCloudSdkAgainst } from '../../test/support/cloudbase-emulator'
import { readsAndWrites } from './cloud-cost'
import { costModel, type CallFigures } from './cloud-cost-of-run'
import { directSeedStore, startBenchEmulator, type BenchEmulator } from './cloud-emulator'
import { importCloudList } from './cloud-import'
import { fanOut, job, outbox, quarterly, type Call, type Run } from './cloud-long-jobs'
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
// --quick keeps CI within two minutes: 50 messages, a list of 24 rows (the 120 seeded leave).
const MESSAGES = Number(arg('messages', quick ? '50' : '5000'))
// The list a street or district sends in: as many rows as it has households.
const IMPORT_ROWS = Number(arg('rows', String(quick ? 24 : HOUSEHOLDS)))

const log = (msg: string) => process.stderr.write(`[bench:cloud] ${msg}\n`)
const mb = () => Math.round(process.memoryUsage().rss / 1024 / 1024)


/** Runs `fn` n times and counts the emulator's requests per run. */
async function measure(emu: BenchEmulator, n: number, fn: (i: number) => Promise<void>): Promise<CallFigures> {
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
  // The stored data of the seeded street or district: what a month of steady use keeps.
  const sizes = await emu.sizes()
  const storedBytes = Object.values(sizes).reduce((n, s) => n + s.bytes, 0)
  const farmers = await addFarmers(deps, summary, SAMPLES)
  const as = (userId: string): Identity => ({ kind: 'openid', openid: `o-${userId}` })
  const call: Call = async (userId, action, input) => {
    const r = (await dispatch(registry, deps, { action, input }, as(userId))) as { ok: boolean; code?: string; message?: string; data?: unknown }
    if (!r.ok) throw new Error(`${action}: ${r.code} ${r.message}`)
    return r.data
  }

  const run: Run = (total, step) => job(emu, JOB_SECONDS, total, step)
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
    storedBytes,
    storedDocuments: Object.fromEntries(Object.entries(sizes).filter(([, s]) => s.documents > 0)),
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
  const file = path.join(ROOT, '.bench', quick ? 'cloud-results.json' : `cloud-results-${SIZE}.json`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // Saved after each job: a district run stopped part-way keeps what it measured.
  const save = () => {
    results.costModel = costModel(results, summary, storedBytes)
    results.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
    fs.writeFileSync(file, JSON.stringify(results, null, 2))
  }
  const jobs: Record<string, () => Promise<void>> = {
    reminders: async () => {
      results.reminders = await run(1, async () => ({ more: false, done: (await runReminders(deps), 1) }))
    },
    // The day's first ticks recount every village, each stopping at its deadline (a
    // district's recount spans several); the next delivers what the reminders queued; the
    // last is the idle tick of the other ~140 a day.
    ticks: async () => {
      const dayKey = `counters:${localDate(deps.clock.now())}`
      let counted = 0
      results.firstTickOfDay = await run(summary.villages, async () => {
        counted += (await runTick(deps)).counters
        const day = await deps.store.collection('jobRuns').get(dayKey)
        return { more: !day || day.cursor !== undefined, done: counted }
      })
      save()
      results.secondTick = await run(1, async () => ({ more: false, done: (await runTick(deps), 1) }))
      save()
      results.idleTick = await run(1, async () => ({ more: false, done: (await runTick(deps), 1) }))
    },
    fanOut: async () => void (results.redAlertFanOut = await fanOut(deps, run, call, summary)),
    quarterly: async () => void (results.quarterlyReport = await quarterly(run, call)),
    outbox: async () => void (results.outbox = await outbox(deps, emu, run, RTT, MESSAGES)),
    // The list says who is on it: the seeded households not on it leave, so it comes after
    // what reads them — except at district size, where it cannot finish its window and the
    // reminders and ticks (one unbudgeted step each, many minutes today) come last.
    import: async () => void (results.import = await importCloudList(deps, emu, summary, IMPORT_ROWS, RTT, run)),
  }
  const order = arg('jobs', district ? 'fanOut,quarterly,outbox,import,reminders,ticks' : 'reminders,ticks,fanOut,quarterly,outbox,import').split(',')
  for (const name of order) {
    log(name)
    await jobs[name]!()
    save()
  }
  guard.restore()
  const unsupported = await emu.unsupported()
  await emu.close()
  if (guard.violations.length) throw new Error(`network outside loopback: ${guard.violations.join(', ')}`)
  if (unsupported.length) throw new Error(`requests the emulator does not know: ${unsupported.join(', ')}`)
  save()
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

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
