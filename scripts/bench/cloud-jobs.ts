// The long jobs at district scale on the cloud engine: a list import, a red alert's
// fan-out and the tick's reminders, through CloudBaseStore and the real wx-server-sdk
// against the offline emulator, with a round trip added to every request. Each job is run
// step by step as the functions run it and gives { requests, seconds, steps,
// longestStepSeconds, peakRssMb }.
//
// The emulator runs in a child process (cloud-emulator-child.ts), so the peak memory is
// the job's own, as in a cloud function whose database lives elsewhere. Seeding writes
// the district straight into the emulator's storage (bench-only: directSeedStore in cloud-emulator.ts); what is
// measured goes through the SDK. The emulator keeps field indexes as the service does
// (documents.ts), so the wall times measure the job and its round trips, not its scans;
// the request counts are exact.
//
//   npx tsx scripts/bench/cloud-jobs.ts --households 100000 --job import [--rtt 20] [--rows N] [--in function|bench]
//
// The import runs in an api function instance (function-instance.ts: the deployed bundle
// in plain Node, a process of its own), so its peak memory is the function's; `--in bench`
// runs it in this process instead, as the first rounds measured it.
import { fork } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dispatch, type Identity } from '../../server/actions/dispatch'
import { registry } from '../../server/actions/registry'
import type { Deps } from '../../server/core/deps'
import { runReminders } from '../../server/jobs/reminders'
import { createCloudRuntime } from '../../server/runtime/cloud'
import { stepCampaign } from '../../server/services/alerts/campaigns'
import { seedScale, type ScaleSummary } from '../../server/seed/scale-seed'
import { initCloudSdkAgainst } from '../../test/support/cloudbase-emulator'
import { directSeedStore, startBenchEmulator, type BenchEmulator } from './cloud-emulator'
import { startFunctionInstance, type FunctionInstance } from './function-instance'
import { round } from './stats'

export interface JobFigures {
  requests: number
  seconds: number
  steps: number
  longestStepSeconds: number
  /** Peak resident memory of this process while the job ran (sampled every 50 ms). */
  peakRssMb: number
  /** Resident memory when the job began (seeding, the list written by the bench): the part of the peak that is not the job's. */
  startRssMb: number
  /**
   * Where the time went: requests × the round trip (what the service's answers cost at
   * that RTT, one request at a time), the CPU of this process (the function's own work:
   * the SDK, the job), and the emulator's CPU (its queries scan whole collections: the
   * service answers from indexes). The rest of `seconds` is waiting for a busy machine.
   */
  rttSeconds: number
  jobCpuSeconds: number
  emulatorCpuSeconds: number
}

/** The emulator in its child process (cloud-emulator.ts). */
export type JobEmulator = BenchEmulator

/** Runs a job step by step: its requests and time, its longest step and its peak memory. */
export async function measureSteps(emu: JobEmulator, step: () => Promise<boolean>, instance?: FunctionInstance): Promise<JobFigures> {
  const before = await emu.requests()
  const emuCpu = await emu.cpuSeconds()
  const cpu = process.cpuUsage()
  const instanceAtStart = instance?.memory()
  let peak = process.memoryUsage().rss
  const startRss = peak
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  const t = performance.now()
  let steps = 0
  let longest = 0
  try {
    for (;;) {
      const s = performance.now()
      const more = await step()
      longest = Math.max(longest, performance.now() - s)
      steps++
      if (!more) break
    }
  } finally {
    clearInterval(sampler)
  }
  peak = Math.max(peak, process.memoryUsage().rss)
  const seconds = round((performance.now() - t) / 1000, 1)
  const used = process.cpuUsage(cpu)
  const requests = (await emu.requests()) - before
  // Run in a function instance, the job's memory and CPU are that process's, not this one's.
  const instanceAtEnd = instance?.memory()
  return {
    requests,
    seconds,
    steps,
    longestStepSeconds: round(longest / 1000, 1),
    peakRssMb: instanceAtEnd ? instanceAtEnd.maxRssMb : Math.round(peak / 1024 / 1024),
    startRssMb: instanceAtStart ? instanceAtStart.rssMb : Math.round(startRss / 1024 / 1024),
    rttSeconds: round((requests * emu.latencyMs) / 1000, 1),
    jobCpuSeconds: round(instanceAtStart && instanceAtEnd ? instanceAtEnd.cpuSeconds - instanceAtStart.cpuSeconds : (used.user + used.system) / 1e6, 1),
    emulatorCpuSeconds: round((await emu.cpuSeconds()) - emuCpu, 1),
  }
}

type Call = (userId: string, action: string, input: unknown) => Promise<unknown>

/** The same calls through a function instance: the deployed bundle in a process of its own. */
function instanceCaller(instance: FunctionInstance): Call {
  return async (userId, action, input) => {
    const r = (await instance.call(`o-${userId}`, { action, input })) as { ok: boolean; code?: string; message?: string; data?: unknown }
    if (!r.ok) throw new Error(`${action}: ${r.code} ${r.message}`)
    return r.data
  }
}

export function caller(deps: Deps): Call {
  const as = (userId: string): Identity => ({ kind: 'openid', openid: `o-${userId}` })
  return async (userId, action, input) => {
    const r = (await dispatch(registry, deps, { action, input }, as(userId))) as { ok: boolean; code?: string; message?: string; data?: unknown }
    if (!r.ok) throw new Error(`${action}: ${r.code} ${r.message}`)
    return r.data
  }
}

/** A department list of `rows` new households imported by street staff: read, compared, applied. */
/** The list, written by a child process (write-list-child.ts): its memory is not the job's. */
function writeListApart(file: string, s: Pick<ScaleSummary, 'villageIds'>, rows: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'write-list-child.ts'), [file, String(rows), JSON.stringify(s.villageIds)], { execArgv: process.execArgv, stdio: 'inherit' })
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the list writer exited with ${code}`))))
  })
}

export async function importJob(deps: Deps, emu: JobEmulator, s: Pick<ScaleSummary, 'villageIds'>, rows: number, instance?: FunctionInstance): Promise<JobFigures & { rows: number; counts: Record<string, number>; previewSteps: number }> {
  const call = instance ? instanceCaller(instance) : caller(deps)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-cloud-list-'))
  const file = path.join(tmp, `list-${rows}.xlsx`)
  await writeListApart(file, s, rows)
  const stored = await deps.files.put(`uploads/u-bench-staff/list-${rows}.xlsx`, fs.readFileSync(file), 'application/octet-stream')
  fs.rmSync(tmp, { recursive: true, force: true })
  const importId = `imp-cloud-${rows}-${crypto.randomUUID().slice(0, 8)}`
  type View = { phase: string; counts: Record<string, number> }
  let job = (await call('u-bench-staff', 'import.start', { importId, fileId: stored.fileId, fileName: 'list.xlsx', source: 'civil' })) as View
  let previewSteps = 0
  const figures = await measureSteps(emu, async () => {
    if (job.phase === 'ready') {
      previewSteps = 0
      job = (await call('u-bench-staff', 'import.apply', { importId, excludeErrorRows: true, removalReason: '基准', confirmedLeaving: job.counts.missing })) as View
      return true
    }
    job = (await call('u-bench-staff', 'import.step', { importId })) as View
    return ['parsing', 'diffing', 'missing', 'applying', 'ready'].includes(job.phase)
  }, instance)
  if (job.phase !== 'done') throw new Error(`import ended ${job.phase}`)
  return { rows, counts: job.counts, previewSteps, ...figures }
}

/** A red alert over every village of the district: one emergency patrol task per house. */
export async function fanOutJob(deps: Deps, emu: JobEmulator, s: Pick<ScaleSummary, 'villageIds'>): Promise<JobFigures & { tasks: number }> {
  const call = caller(deps)
  const now = deps.clock.now()
  const alert = (await call('u-bench-staff', 'alert.issue', { alertId: `al-cloud-${Date.now()}`, eventType: '1003', color: 'red', villageIds: s.villageIds, startsAt: now.toISOString(), endsAt: new Date(now.getTime() + 86400_000).toISOString(), text: '暴雨红色预警' })) as { campaignId: string }
  let campaign = (await deps.store.collection('campaigns').get(alert.campaignId))!
  const figures = await measureSteps(emu, async () => {
    campaign = await stepCampaign(deps, campaign, Date.now() + deps.config.chunkBudgetMs)
    return campaign.status === 'running'
  })
  return { tasks: campaign.tasksCreated, ...figures }
}

/** The tick's reminders for the whole district, in one run (a tick has 60 s). */
export async function remindersJob(deps: Deps, emu: JobEmulator): Promise<JobFigures & { sent: number }> {
  let sent = 0
  const figures = await measureSteps(emu, async () => {
    sent = await runReminders(deps)
    return false
  })
  return { sent, ...figures }
}

/**
 * The batch size of insertMany's add(): `total` documents shaped like a household, added
 * `size` to a request through the SDK, for each size asked; seconds and requests per size.
 */
export async function insertBatchSizes(cloud: { database(c: { throwOnNotFound: boolean }): unknown }, emu: JobEmulator, total: number, sizes: number[]): Promise<Record<number, { requests: number; seconds: number; kbPerRequest: number }>> {
  const db = cloud.database({ throwOnNotFound: false }) as { collection(n: string): { add(o: { data: object[] }): Promise<unknown> } }
  const out: Record<number, { requests: number; seconds: number; kbPerRequest: number }> = {}
  for (const size of sizes) {
    const docs = Array.from({ length: total }, (_, i) => ({ _id: `b${size}-${i}`, _rev: 1, streetId: 's-bench', villageId: `v-b${String(i % 300).padStart(4, '0')}`, headName: `新户${i}`, idEnc: crypto.randomBytes(48).toString('base64'), idHash: crypto.randomBytes(32).toString('hex'), idMasked: '500224********1234', address: '基准村1组', categories: ['dibao'], departments: ['civil'], status: 'monitored', createdAt: new Date().toISOString() }))
    const before = await emu.requests()
    const t = performance.now()
    for (let i = 0; i < docs.length; i += size) await db.collection('audit').add({ data: docs.slice(i, i + size) })
    out[size] = { requests: (await emu.requests()) - before, seconds: round((performance.now() - t) / 1000, 1), kbPerRequest: Math.round(JSON.stringify(docs.slice(0, size)).length / 1024) }
  }
  return out
}

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1]! : fallback
}

/** One job per run: wx-server-sdk initialises once per process, and each job wants its own district. */
async function main(): Promise<void> {
  const households = Number(arg('households', '2000'))
  const rtt = Number(arg('rtt', '20'))
  const job = arg('job', 'fanout')
  const villages = Math.max(12, Math.round(households / 334))
  const log = (m: string) => process.stderr.write(`[bench:cloud-jobs] ${m}\n`)
  const emu = await startBenchEmulator()
  const cloud = initCloudSdkAgainst(emu)
  const env = { ...process.env, ...emu.env, ANJU_DATA_KEY: crypto.randomBytes(32).toString('base64'), TZ: 'Asia/Shanghai' }
  const { deps } = createCloudRuntime(cloud as never, { env, log: { info: () => {}, error: (m, d) => log(`${m} ${JSON.stringify(d ?? {}).slice(0, 300)}`) } })
  if (job === 'batch') {
    await emu.setLatency(rtt)
    const sizes = await insertBatchSizes(cloud, emu, Number(arg('rows', '20000')), [50, 100, 250, 500, 1000])
    await emu.close()
    return void console.log(JSON.stringify({ job, rttMs: rtt, sizes }))
  }
  // The import goes into a district with one household a village (its first list); the
  // others into the seeded district.
  const seeded = job === 'import' ? villages : households
  log(`seeding ${seeded} households in ${villages} villages straight into the emulator`)
  const t = performance.now()
  const summary = await seedScale(directSeedStore(emu), deps.personal, { households: seeded, householdsPerVillage: Math.ceil(seeded / villages), patrolMonths: 1, now: deps.clock.now() })
  for (const id of ['u-bench-staff', 'u-bench-leader', ...Object.values(summary.inspectorOf)]) await emu.patch('users', id, { openid: `o-${id}` })
  log(`seeded in ${round((performance.now() - t) / 1000, 1)} s; measuring ${job} at ${rtt} ms per request, chunk budget ${deps.config.chunkBudgetMs} ms`)
  await emu.setLatency(rtt)
  // The import runs in an api function instance of its own (--in bench: in this process).
  // In a memory cgroup of the function's deployed size where the machine allows it (root).
  const instance = job === 'import' && arg('in', 'function') === 'function' ? await startFunctionInstance('api', { ...emu.env, ANJU_DATA_KEY: env.ANJU_DATA_KEY, TZ: env.TZ }, { limitMemory: true }) : undefined
  if (instance) log(`api function instance: ${instance.memoryLimitMb ? `${instance.memoryLimitMb} MB memory cgroup, ` : 'no memory limit, '}V8 heap limit ${instance.memory().heapLimitMb} MB`)
  const result =
    job === 'import'
      ? await importJob(deps, emu, summary, Number(arg('rows', String(households))), instance).finally(() => instance?.close())
      : job === 'reminders'
        ? await remindersJob(deps, emu)
        : await fanOutJob(deps, emu, summary)
  const unsupported = await emu.unsupported()
  await emu.close()
  if (unsupported.length) throw new Error(`requests the emulator does not know: ${unsupported.join(', ')}`)
  console.log(JSON.stringify({ job, households, villages, rttMs: rtt, chunkBudgetMs: deps.config.chunkBudgetMs, ...(instance ? { functionMemoryMb: instance.memoryLimitMb, heapLimitMb: instance.memory().heapLimitMb } : {}), ...result }))
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
