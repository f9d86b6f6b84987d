// Keeps the village counters current: after every action and every scheduler tick, the
// villages that were written are counted again; once a day every village is, so that
// time-based figures (overdue, this month) move on even where nothing was written.
import type { VillageFigures } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { OrgDoc } from '../../store/docs'
import type { StoredDoc } from '../../ports/store'
import { countVillage } from './village-figures'

export interface VillageCounterDoc extends StoredDoc {
  streetId: string
  figures: VillageFigures
  updatedAt: string
}

export interface VillageMonthDoc extends StoredDoc {
  villageId: string
  month: string
  patrolled: number
  houses: number
  dangerous: number
  casesOpened: number
}

export async function refreshVillage(deps: Deps, villageId: string): Promise<VillageFigures> {
  const now = deps.clock.now()
  const figures = await countVillage(deps, villageId, now)
  const counters = deps.store.collection<VillageCounterDoc>('villageCounters')
  const stored = await counters.get(villageId)
  // Unchanged figures are not written again: a refused action leaves the database as it was.
  if (stored && JSON.stringify(stored.figures) === JSON.stringify(figures)) return figures
  const street = await deps.orgs.streetOf(villageId)
  await counters.set({ _id: villageId, streetId: street?._id ?? '', figures, updatedAt: now.toISOString() })
  // The month's line of the 12-month trend; it stops changing when the month is over.
  await deps.store.collection<VillageMonthDoc>('villageMonths').set({
    _id: `${villageId}:${figures.month}`,
    villageId,
    month: figures.month,
    patrolled: figures.patrolledThisMonth,
    houses: figures.houses,
    dangerous: figures.byGrade.C + figures.byGrade.D,
    casesOpened: figures.casesOpenedThisMonth,
  })
  return figures
}

/**
 * Counts again every village written since the last refresh. In the background, it lets
 * waiting requests run between villages: the local store answers from the same thread,
 * so counting twenty villages in one go would hold every request up for the whole run.
 */
export async function refreshDirty(deps: Deps, opts: { yieldBetween?: boolean } = {}): Promise<number> {
  const dirty = deps.dirtyVillages
  if (!dirty || dirty.size === 0) return 0
  const villages = [...dirty]
  dirty.clear()
  for (const v of villages) {
    const org = await deps.orgs.get(v)
    if (org?.level === 'village') await refreshVillage(deps, v)
    if (opts.yieldBetween) await new Promise((r) => setImmediate(r))
  }
  return villages.length
}

export async function refreshAll(deps: Deps): Promise<number> {
  const villages = await deps.store.collection<OrgDoc>('orgs').find({ where: { level: 'village' }, limit: 10000 })
  for (const v of villages) await refreshVillage(deps, v._id)
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
