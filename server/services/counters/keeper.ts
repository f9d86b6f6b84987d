// Moves a village's stored counters by the writes of one transaction, inside it: the
// change and its counters commit together, so no recount is needed after the request.
// Where the village has no tally of this month and version yet (never counted, a new
// month), the keeper declines and the village is marked to be counted again instead.
// The month's trend line is the figures' own (the dashboard reads it from them); the
// villageMonths document is written when the village is counted, and a month's last
// figures become its final line when the next month's count begins (refresh.ts).
import dayjs from 'dayjs'
import { localDate, type VillageFigures } from '../../../domain'
import type { TxStore } from '../../ports/store'
import type { CounterKeeper, TrackedChange } from '../../store/tracking-store'
import type { VillageMonthDoc } from '../../store/docs'
import { TALLIED, TALLY_VERSION, applyChange, changesTally, figuresOf, loadTally, storeTally, type TalliedName } from './tally'

/** The month's line of the 12-month trend, from the month's figures. */
export function monthLine(villageId: string, f: VillageFigures): VillageMonthDoc {
  return { _id: `${villageId}:${f.month}`, villageId, month: f.month, patrolled: f.patrolledThisMonth, houses: f.houses, dangerous: f.byGrade.C + f.byGrade.D, casesOpened: f.casesOpenedThisMonth }
}

/** The keeper where writes move the figures (config.counters 'kept'); none where villages are counted again. */
export function keeperFor(counters: 'kept' | 'recounted', now: () => Date): CounterKeeper | undefined {
  return counters === 'kept' ? counterKeeper(now) : undefined
}

export function counterKeeper(now: () => Date): CounterKeeper {
  return {
    moves: (name, before, after) => TALLIED.has(name) && changesTally(name as TalliedName, before, after),
    async applyIn(tx: TxStore, villageId: string, changes: TrackedChange[]): Promise<boolean> {
      const col = tx.collection('villageCounters')
      const doc = await col.get(villageId)
      const at = now()
      const today = localDate(at)
      const month = dayjs(today).format('YYYY-MM')
      if (!doc?.tally || doc.tally.v !== TALLY_VERSION || doc.tally.month !== month) return false
      const tally = loadTally(doc.tally)
      for (const c of changes) applyChange(tally, villageId, c.name as TalliedName, c.before, c.after)
      const figures = figuresOf(tally, today)
      await col.set({ ...doc, figures, updatedAt: at.toISOString(), tally: storeTally(tally) })
      return true
    },
  }
}
