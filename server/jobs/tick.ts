// The scheduler's one entry, run by a timer trigger in the cloud (every 10 minutes) and
// on an interval by the local host. Every job is idempotent, so ticks may overlap or
// repeat without doing anything twice.
import type { Deps } from '../core/deps'
import { localDate } from '../../domain'
import { refreshDirty } from '../services/counters/refresh'
import { recountDay } from '../services/counters/daily-recount'
import { rollFiguresToDay } from '../services/counters/day-roll'
import { stepCampaign } from '../services/alerts/campaigns'
import { pollWeather } from '../services/alerts/poll-weather'
import { dispatchOutbox, type DispatchReport } from '../services/notify/dispatch-outbox'
import { runReminders } from './reminders'
import { sweepExpiredFiles } from '../services/file-expiry'
import { snapshotEndedQuarter } from '../services/reports/quarter-snapshot'

export interface TickReport {
  weather: { streets: number; applied: number; failures: number }
  campaigns: number
  reminders: number
  outbox: DispatchReport
  counters: number
  /** Villages whose stored figures this tick moved to the new day (overdue items) from their tallies. */
  dayFigures: number
  /** Expired uploads and exports deleted. */
  files: number
  /** Streets whose last quarter was frozen by this tick. */
  quarters: number
  errors: string[]
}

export async function runTick(deps: Deps): Promise<TickReport> {
  const deadline = Date.now() + deps.config.chunkBudgetMs * 4
  const errors: string[] = []
  // A failing job is logged and the others still run.
  const guard = async <T>(name: string, fn: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await fn()
    } catch (err) {
      errors.push(name)
      deps.log.error('scheduled job failed', { job: name, error: err instanceof Error ? err.stack : String(err) })
      return fallback
    }
  }
  const weather = await guard('weather', () => pollWeather(deps), { streets: 0, applied: 0, failures: 0 })
  const campaigns = await guard(
    'campaigns',
    async () => {
      const running = await deps.store.collection('campaigns').find({ where: { status: 'running' }, orderBy: [['status', 'asc'], ['createdAt', 'asc']], limit: 20 })
      for (const c of running) await stepCampaign(deps, c, deadline)
      return running.length
    },
    0,
  )
  // Before the reminders: a quarter that just ended is frozen as soon as possible.
  const quarters = await guard('quarters', () => snapshotEndedQuarter(deps, Date.now() + deps.config.chunkBudgetMs), 0)
  const reminders = await guard('reminders', () => runReminders(deps), 0)
  // Before the outbox: after midnight the figures show what is overdue today at once, not
  // when the day's recount reaches each village.
  const dayFigures = await guard('dayFigures', async () => (await rollFiguresToDay(deps, Math.max(deadline, Date.now() + deps.config.chunkBudgetMs))).rolled, 0)
  const outbox = await guard('outbox', () => dispatchOutbox(deps, deadline), { sent: 0, skipped: 0, failed: 0, retried: 0 })
  const counters = await guard(
    'counters',
    async () => {
      // Once a day every village is counted again (time alone makes items overdue), in
      // steps across ticks at district size.
      // At least one budget of its own: the jobs before it may have used the shared
      // deadline (a storm's outbox), and a recount that got one village a tick would not
      // finish in a day.
      const countersDeadline = Math.max(deadline, Date.now() + deps.config.chunkBudgetMs)
      const day = await recountDay(deps, countersDeadline)
      if (!day.done) return day.counted
      if (day.counted > 0) {
        deps.dirtyVillages?.clear()
        return day.counted
      }
      // Also every village marked in the database: writes of a process that stopped before its recount.
      return refreshDirty(deps, { persisted: true, deadline: countersDeadline })
    },
    0,
  )
  const files = await guard('files', () => sweepExpiredFiles(deps), 0)
  return { weather, campaigns, reminders, outbox, counters, dayFigures, files, quarters, errors }
}
