// The monitoring ledger (监测台账): the street's or one village's ledger as a file, and one
// household's own record — its change history and, audited, its full phone or ID number.
import { call } from './api'

/** No village: every village the caller may see. */
export const exportLedger = (villageId?: string) => call('ledger.export', villageId ? { villageId } : {})

export const householdHistory = (householdId: string) => call('household.history', { householdId })

/** Each reveal is written to the audit log before the value is returned. */
export const revealHousehold = (householdId: string, field: 'idNumber' | 'phone') => call('household.reveal', { householdId, field })

/** One sheet of a village's house plates (PDF), from the plate `from` on; `next` says where the following sheet starts. */
export const plateSheet = (villageId: string, from?: number) => call('plates.sheet', from === undefined ? { villageId } : { villageId, from })
