// Counts villages again from the raw records: the villages a write marked because their
// counters could not be moved by the change itself (never counted, a new month; see
// keeper.ts), after the action and at every scheduler tick; and once a day every village,
// the safety net, so that time-based figures (overdue, this month) move on even where
// nothing was written.
import dayjs from 'dayjs'
import { localDate, type VillageFigures } from '../../../domain'
import type { MonthLine } from '../../store/docs'
import type { Deps } from '../../core/deps'
import { tallyVillage } from './village-figures'
import { figuresOf, storeTally } from './tally'
import { monthLine } from './keeper'

/** Counts that lose to a write moving the same counters meanwhile, before giving up. */
const COUNT_ATTEMPTS = 3

/** The 11 months before `month` (YYYY-MM), oldest first. */
export const monthsBefore = (month: string): string[] => Array.from({ length: 11 }, (_, i) => dayjs(`${month}-01`).subtract(11 - i, 'month').format('YYYY-MM'))

/**
 * Counts the village again from the raw records and stores its tally and figures, and
 * the trend lines of the months before (from villageMonths, where the line of a month
 * that is over was written by its last count). Writes keep moving the stored counters
 * meanwhile: the count is stored only if none did (the counter document's revision is
 * unchanged), else counted again; after a few such losses the village stays marked for
 * the next tick.
 */
export async function refreshVillage(deps: Deps, villageId: string): Promise<{ figures: VillageFigures; months: MonthLine[] }> {
  const counters = deps.store.collection('villageCounters')
  for (let attempt = 1; ; attempt++) {
    const now = deps.clock.now()
    const read = await counters.get(villageId)
    const tally = await tallyVillage(deps, villageId, now)
    const figures = figuresOf(tally, localDate(now))
    // A month is over: the figures its last write left are its final line.
    if (read && read.figures.month !== figures.month) await deps.store.collection('villageMonths').set(monthLine(villageId, read.figures))
    const past = new Map((await deps.store.collection('villageMonths').getMany(monthsBefore(figures.month).map((m) => `${villageId}:${m}`))).map((d) => [d.month, d]))
    const months = monthsBefore(figures.month).flatMap((m) => {
      const d = past.get(m)
      return d ? [{ month: m, patrolled: d.patrolled, houses: d.houses, dangerous: d.dangerous, casesOpened: d.casesOpened }] : []
    })
    // The tally is kept only where writes move the figures by it (config.counters).
    const stored = deps.config.counters === 'kept' ? storeTally(tally) : undefined
    const streetId = read?.streetId || ((await deps.orgs.streetOf(villageId))?._id ?? '')
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
    const won = await deps.store.transaction(async (tx) => {
      const col = tx.collection('villageCounters')
      const current = await col.get(villageId)
      if ((current?._rev ?? 0) !== (read?._rev ?? 0)) return false
      // Unchanged figures are not written again: a refused action leaves the database as it was.
      if (current && same(current.figures, figures) && same(current.tally, stored) && same(current.months, months)) return true
      await col.set({ _id: villageId, streetId, figures, updatedAt: now.toISOString(), ...(stored ? { tally: stored } : {}), months })
      // The month's line of the 12-month trend, final once the month is over.
      await tx.collection('villageMonths').set(monthLine(villageId, figures))
      return true
    })
    if (won) return { figures, months }
    if (attempt >= COUNT_ATTEMPTS) {
      await deps.dirtyMarks?.mark([villageId])
      return { figures, months }
    }
  }
}

/**
 * Counts again every village written since the last refresh: this process's own writes,
 * and with `persisted` every village marked in the database (the scheduler's tick, which
 * so recounts what a stopped process left). A village's mark is read before it is
 * counted and cleared only if no write marked it again meanwhile.
 * In the background, it lets waiting requests run between villages: the local store
 * answers from the same thread, so counting twenty villages in one go would hold every
 * request up for the whole run.
 */
export async function refreshDirty(deps: Deps, opts: { yieldBetween?: boolean; persisted?: boolean; deadline?: number } = {}): Promise<number> {
  const dirty = deps.dirtyVillages
  const marks = deps.dirtyMarks
  const persisted = opts.persisted && marks ? await marks.list() : new Map<string, number>()
  const villages = [...new Set([...(dirty ?? []), ...persisted.keys()])]
  if (villages.length === 0) return 0
  dirty?.clear()
  for (const [i, v] of villages.entries()) {
    const rev = persisted.get(v) ?? (marks ? await marks.revOf(v) : null)
    const org = await deps.orgs.get(v)
    if (org?.level === 'village') await refreshVillage(deps, v)
    if (marks && rev !== null) await marks.clear(v, rev)
    if (opts.yieldBetween) await new Promise((r) => setImmediate(r))
    // Out of time (a tick's function step): the rest waits for the next run; its
    // database marks are still there, and this process's own are put back.
    if (opts.deadline !== undefined && Date.now() > opts.deadline && i < villages.length - 1) {
      for (const rest of villages.slice(i + 1)) if (!persisted.has(rest)) dirty?.add(rest)
      return i + 1
    }
  }
  return villages.length
}

/** Counts every village, and clears the marks that were there before it began. */
export async function refreshAll(deps: Deps): Promise<number> {
  const marked = deps.dirtyMarks ? await deps.dirtyMarks.list() : new Map<string, number>()
  const villages = await deps.store.collection('orgs').find({ where: { level: 'village' }, limit: 10000 })
  for (const v of villages) await refreshVillage(deps, v._id)
  for (const [v, rev] of marked) await deps.dirtyMarks!.clear(v, rev)
  return villages.length
}

const running = new WeakMap<Deps, Promise<void>>()

/** Under load, a village is counted again at most this often. */
export const BACKGROUND_REFRESH_MS = 1000
/**
 * ...and the wait after a run is this many times the run's own length, so that recounts
 * take at most about a tenth of the host's time: at district scale under a burst of
 * patrols, twenty busy villages cost ~0.3 s a run, and counting them every second took a
 * third of the one thread that also answers requests.
 */
export const BACKGROUND_REFRESH_SHARE = 10

/** Resolves when the background refresh (if any) is over: before closing the store. */
export function settleRefresh(deps: Deps): Promise<void> {
  return running.get(deps) ?? Promise.resolve()
}

/**
 * Refreshes dirty villages without holding up the caller. Writes arriving together share
 * one run, which waits a moment so that a burst of writes costs one recount per village.
 */
export function scheduleRefresh(deps: Deps): Promise<void> {
  const current = running.get(deps)
  if (current) return current
  const run = (async () => {
    try {
      let lastRunMs = 0
      while (deps.dirtyVillages?.size) {
        await new Promise((r) => setTimeout(r, Math.max(BACKGROUND_REFRESH_MS, BACKGROUND_REFRESH_SHARE * lastRunMs)))
        const started = Date.now()
        await refreshDirty(deps, { yieldBetween: true })
        lastRunMs = Date.now() - started
      }
    } catch (err) {
      deps.log.error('counter refresh failed', { error: err instanceof Error ? err.stack : String(err) })
    } finally {
      running.delete(deps)
    }
  })()
  running.set(deps, run)
  return run
}
