// Whether a household may have an open task, answered from its village's kept tally
// where that is current: the tally counts every open task per household (tally.ts) and
// moves in the same transaction as each task's change, and the keeper reads the counter
// document in the caller's transaction anyway, so on CloudBase asking costs no round
// trip. Without a current tally (never counted, a new month, another tally version) the
// answer is "maybe", and the caller looks for itself.
import dayjs from 'dayjs'
import { localDate } from '../../../domain'
import type { TxStore } from '../../ports/store'
import { TALLY_VERSION } from './tally'

export async function mayHaveOpenTask(tx: TxStore, villageId: string, householdId: string, now: Date): Promise<boolean> {
  const tally = (await tx.collection('villageCounters').get(villageId))?.tally
  if (!tally || tally.v !== TALLY_VERSION || tally.month !== dayjs(localDate(now)).format('YYYY-MM')) return true
  return tally.openTasks.some(([id]) => id === householdId)
}
