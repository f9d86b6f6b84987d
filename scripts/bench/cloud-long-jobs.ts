// The cloud bench's long jobs (cloud.ts): each runs step by step as the functions run it,
// until done or out of its window; one that is stopped is projected from its progress.
// Requests by kind, time, steps, the longest step and this process's peak memory.
import type { Deps } from '../../server/core/deps'
import { stepCampaign } from '../../server/services/alerts/campaigns'
import { dispatchOutbox } from '../../server/services/notify/dispatch-outbox'
import { enqueue } from '../../server/services/notify/enqueue'
import type { ScaleSummary } from '../../server/seed/scale-seed'
import { readsAndWrites } from './cloud-cost'
import type { BenchEmulator } from './cloud-emulator'
import { round } from './stats'

export type Call = (userId: string, action: string, input: unknown) => Promise<unknown>
type Step = () => Promise<{ more: boolean; done: number }>
/** A job's runner: the whole it makes progress toward, and its step. */
export type Run = (total: number, step: Step) => Promise<JobFigures>

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

/** A long job run step by step until done or out of its window (--job-seconds). */
export async function job(emu: BenchEmulator, windowSeconds: number, total: number, step: () => Promise<{ more: boolean; done: number }>): Promise<JobFigures> {
  const before = await emu.requests()
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  const t = performance.now()
  let steps = 0
  let longest = 0
  let done = 0
  let more = true
  try {
    while (more && performance.now() - t < windowSeconds * 1000) {
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


export async function fanOut(deps: Deps, run: Run, call: Call, s: ScaleSummary) {
  const now = deps.clock.now()
  const alert = (await call('u-bench-staff', 'alert.issue', { alertId: `al-cloud-${Date.now()}`, eventType: '1003', color: 'red', villageIds: s.villageIds, startsAt: now.toISOString(), endsAt: new Date(now.getTime() + 86400_000).toISOString(), text: '暴雨红色预警' })) as { campaignId: string }
  let campaign = (await deps.store.collection('campaigns').get(alert.campaignId))!
  return run(s.houses, async () => {
    campaign = await stepCampaign(deps, campaign, Date.now() + deps.config.chunkBudgetMs)
    return { more: campaign.status === 'running', done: campaign.tasksCreated }
  })
}

export async function quarterly(run: Run, call: Call) {
  const reportId = `rep-cloud-${Date.now()}`
  await call('u-bench-staff', 'report.quarterlyStart', { reportId, quarter: '2026-Q4' })
  return run(100, async () => {
    const r = (await call('u-bench-staff', 'report.quarterlyStep', { reportId })) as { phase: string; progress: number }
    const more = r.phase !== 'done' && r.phase !== 'failed'
    // Progress is per phase (collecting, then writing): half the job each.
    return { more, done: more ? (r.phase === 'writing' ? 50 : 0) + r.progress / 2 : 100 }
  })
}

/** A day's outbox: messages to users who consented, enqueued at 0 ms, delivered at the RTT. */
export async function outbox(deps: Deps, emu: BenchEmulator, run: Run, rttMs: number, n: number) {
  await emu.setLatency(0)
  const users = (await deps.store.collection('users').find({ limit: 1000 })).slice(0, 20)
  const nowIso = deps.clock.now().toISOString()
  for (const u of users) await deps.store.collection('consents').set({ _id: `${u._id}:deadlineReminder`, userId: u._id, kind: 'deadlineReminder', remaining: n, longTerm: false, updatedAt: nowIso })
  for (let i = 0; i < n; i++) {
    const u = users[i % users.length]!
    await deps.store.transaction((tx) => enqueue(tx, { cause: `bench:${i}`, userId: u._id, kind: 'deadlineReminder', title: '待办', body: '待办', page: 'pages/index/index', fields: { thing1: '待办', time2: '2026-12-01 23:59', thing3: '待办' } }, nowIso))
  }
  await emu.setLatency(rttMs)
  let sent = 0
  let done = 0
  const r = await run(n, async () => {
    const step = await dispatchOutbox(deps, Date.now() + deps.config.chunkBudgetMs * 4)
    const settled = step.sent + step.skipped + step.failed
    sent += step.sent
    done += settled
    return { more: settled > 0 && done < n, done }
  })
  return { messages: n, sent, ...r, requestsPerMessage: done ? round(r.requests / done, 1) : null }
}
