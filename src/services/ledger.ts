// The monitoring ledger (监测台账) as a file: the street's or one village's, and a village's
// monthly patrol ledger.
import { call } from './api'

/** No village: every village the caller may see. */
export const exportLedger = (villageId?: string) => call('ledger.export', villageId ? { villageId } : {})

export const patrolMonthLedger = (villageId: string, month: string) => call('ledger.patrolMonth', { villageId, month })
