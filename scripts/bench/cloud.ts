// npm run bench -- --engine cloud: the same backend through CloudBaseStore and the real
// wx-server-sdk against the offline CloudBase emulator, with a round trip added to every
// request (--rtt, default 20 ms) and the service's page cap. Per scenario: database
// requests, wall time at that round trip, and the longest single step. Street size (400
// households, 12 villages); --households N for more. Writes .bench/cloud-results.json.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { dispatch, type Identity } from '../../server/actions/dispatch'
import { registry } from '../../server/actions/registry'
import type { Deps } from '../../server/core/deps'
import { runReminders } from '../../server/jobs/reminders'
import { createCloudRuntime } from '../../server/runtime/cloud'
import { stepCampaign } from '../../server/services/alerts/campaigns'
import { refreshAll } from '../../server/services/counters/refresh'
import { dispatchOutbox } from '../../server/services/notify/dispatch-outbox'
import { enqueue } from '../../server/services/notify/enqueue'
import { seedScale, type ScaleSummary } from '../../server/seed/scale-seed'
import { guardNetwork, initCloudSdkAgainst, startCloudEmulator, type CloudEmulator } from '../../test/support/cloudbase-emulator'
import { round } from './stats'

const ROOT = path.resolve(__dirname, '../..')
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const quick = process.argv.includes('--quick')
const RTT = arg('rtt', 20)
// --quick (CI): a third of a street, fewer samples; the README's figures are a full street's.
const HOUSEHOLDS = arg('households', quick ? 120 : 400)
const PER_VILLAGE = Math.ceil(HOUSEHOLDS / 12)
const SAMPLES = quick ? 5 : 10

function log(msg: string): void {
  process.stderr.write(`[bench:cloud] ${msg}\n`)
}

interface Figure {
  /** Database and storage requests per call (median). */
  requests: number
  /** Wall time per call at the round trip, median and slowest. */
  p50Ms: number
  maxMs: number
}

/** Runs `fn` n times and counts the emulator's requests per run. */
async function measure(emu: CloudEmulator, n: number, fn: (i: number) => Promise<void>): Promise<Figure> {
  const counts: number[] = []
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const before = emu.actions.length
    const t = performance.now()
    await fn(i)
    times.push(performance.now() - t)
    counts.push(emu.actions.length - before)
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  return { requests: median(counts), p50Ms: round(median(times), 0), maxMs: round(Math.max(...times), 0) }
}

/** A long job run step by step: total requests and time, and its longest step. */
async function steps(emu: CloudEmulator, step: () => Promise<boolean>): Promise<{ requests: number; seconds: number; steps: number; longestStepSeconds: number }> {
  const before = emu.actions.length
  const t = performance.now()
  let n = 0
  let longest = 0
  for (;;) {
    const s = performance.now()
    const more = await step()
    longest = Math.max(longest, performance.now() - s)
    n++
    if (!more) break
  }
  return { requests: emu.actions.length - before, seconds: round((performance.now() - t) / 1000, 1), steps: n, longestStepSeconds: round(longest / 1000, 1) }
}

async function main(): Promise<void> {
  const guard = guardNetwork()
  const emu = await startCloudEmulator({ pageCap: 1000 })
  const cloud = initCloudSdkAgainst(emu)
  const env = { ...process.env, ...emu.env, ANJU_DATA_KEY: crypto.randomBytes(32).toString('base64'), TZ: 'Asia/Shanghai' }
  const { deps } = createCloudRuntime(cloud as never, { env, log: { info: () => {}, error: (m, d) => log(`${m} ${JSON.stringify(d ?? {})}`) } })
  const now = deps.clock.now()
  log(`seeding ${HOUSEHOLDS} households through the SDK`)
  const summary: ScaleSummary = await seedScale(deps.store, deps.personal, { households: HOUSEHOLDS, householdsPerVillage: PER_VILLAGE, patrolMonths: 3, now })
  const users = deps.store.collection('users')
  for (const u of await users.find({ limit: 1000 })) await users.update(u._id, { openid: `o-${u._id}` })
  await refreshAll(deps)
  const as = (userId: string): Identity => ({ kind: 'openid', openid: `o-${userId}` })
  const call = async (userId: string, action: string, input: unknown) => {
    const r = (await dispatch(registry, deps, { action, input }, as(userId))) as { ok: boolean; code?: string; message?: string; data?: unknown }
    if (!r.ok) throw new Error(`${action}: ${r.code} ${r.message}`)
    return r.data
  }

  emu.setLatency(RTT)
  log(`measuring at ${RTT} ms per request`)
  const village = summary.villageIds[0]!
  const inspector = summary.inspectorOf[village]!
  const houses = await deps.store.collection('houses').find({ where: { villageId: village }, limit: 100 })
  const households = await deps.store.collection('households').find({ where: { villageId: village }, limit: 100 })
  const reported = await deps.store.collection('cases').find({ where: { stage: 'reported', villageId: { $in: summary.villageIds } }, limit: SAMPLES })
  const patrolAt = now.toISOString()
  const findings = { site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'ok', roof: 'ok', enclosure: 'ok' }
  const results: Record<string, unknown> = {
    engine: 'cloud (wx-server-sdk → emulator)',
    rttMs: RTT,
    households: HOUSEHOLDS,
    villages: summary.villages,
    householdList: await measure(emu, SAMPLES, (i) => call('u-bench-staff', 'household.list', { villageId: summary.villageIds[i % summary.villageIds.length], page: 1, pageSize: 20 }).then(() => undefined)),
    householdDetail: await measure(emu, SAMPLES, (i) => call('u-bench-staff', 'household.get', { householdId: households[i % households.length]!._id }).then(() => undefined)),
    patrolSubmit: await measure(emu, SAMPLES, (i) =>
      call(inspector, 'patrol.submit', { patrolId: `pt-cloud-${i}-${crypto.randomUUID()}`, houseId: houses[i % houses.length]!._id, kind: 'routine', patrolledAt: patrolAt, findings, judgment: 'safe', occupied: true, photos: [], gps: null, scannedPlate: true, notes: '' }).then(() => undefined),
    ),
    caseTransition: await measure(emu, Math.min(SAMPLES, reported.length), (i) => {
      const c = reported[i]!
      return call(summary.inspectorOf[c.villageId]!, 'case.transition', { caseId: c._id, transitionId: `tr-cloud-${i}`, expectRev: c._rev, action: 'verify', note: '核实' }).then(() => undefined)
    }),
    dashboard: await measure(emu, SAMPLES, () => call('u-bench-leader', 'dashboard.summary', {}).then(() => undefined)),
    monthlyPlan: await measure(emu, 3, () => call(inspector, 'patrol.plan', { villageId: village, status: 'all', page: 1, pageSize: 50 }).then(() => undefined)),
  }
  results.reminders = await steps(emu, async () => (await runReminders(deps), false))
  const alert = (await call('u-bench-staff', 'alert.issue', { alertId: `al-cloud-${Date.now()}`, eventType: '1003', color: 'red', villageIds: summary.villageIds, startsAt: patrolAt, endsAt: new Date(now.getTime() + 86400_000).toISOString(), text: '暴雨红色预警' })) as { campaignId: string }
  let campaign = (await deps.store.collection('campaigns').get(alert.campaignId))!
  results.redAlertFanOut = { ...(await steps(emu, async () => ((campaign = await stepCampaign(deps, campaign, Date.now() + deps.config.chunkBudgetMs)), campaign.status === 'running'))), tasks: campaign.tasksCreated }
  results.quarterlyReport = await quarterly(deps, emu, call)
  results.outbox = await outbox(deps, emu, 200)
  guard.restore()
  if (guard.violations.length) throw new Error(`network outside loopback: ${guard.violations.join(', ')}`)
  if (emu.unsupported.length) throw new Error(`requests the emulator does not know: ${[...new Set(emu.unsupported)].join(', ')}`)
  await emu.close()
  fs.mkdirSync(path.join(ROOT, '.bench'), { recursive: true })
  fs.writeFileSync(path.join(ROOT, '.bench', 'cloud-results.json'), JSON.stringify(results, null, 2))
  console.log(JSON.stringify(results, null, 2))
}

async function quarterly(deps: Deps, emu: CloudEmulator, call: (u: string, a: string, i: unknown) => Promise<unknown>) {
  const reportId = `rep-cloud-${Date.now()}`
  await call('u-bench-staff', 'report.quarterlyStart', { reportId, quarter: '2026-Q4' })
  return steps(emu, async () => {
    const r = (await call('u-bench-staff', 'report.quarterlyStep', { reportId })) as { phase: string }
    return r.phase !== 'done' && r.phase !== 'failed'
  })
}

/** A burst of messages to users who consented, as a busy day's outbox. */
async function outbox(deps: Deps, emu: CloudEmulator, n: number) {
  emu.setLatency(0)
  const users = (await deps.store.collection('users').find({ limit: 1000 })).slice(0, 20)
  const nowIso = deps.clock.now().toISOString()
  deps.config.templateIds = { deadlineReminder: 'TPL-bench' }
  for (const u of users) await deps.store.collection('consents').set({ _id: `${u._id}:deadlineReminder`, userId: u._id, kind: 'deadlineReminder', remaining: 1000, longTerm: false, updatedAt: nowIso })
  for (let i = 0; i < n; i++) {
    const u = users[i % users.length]!
    await deps.store.transaction((tx) => enqueue(tx, { cause: `bench:${i}`, userId: u._id, kind: 'deadlineReminder', title: '待办', body: '待办', page: 'pages/index/index', fields: { thing1: '待办', time2: '2026-12-01 23:59', thing3: '待办' } }, nowIso))
  }
  emu.setLatency(RTT)
  const r = await steps(emu, async () => (await dispatchOutbox(deps, Date.now() + deps.config.chunkBudgetMs * 4)).sent > 0)
  return { messages: n, ...r, requestsPerMessage: round(r.requests / n, 1) }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
