// Monitored households: the list a role may see, one household in detail, its change
// history and, audited, its full phone or ID number.
import { call, type Input } from './api'

export type HouseholdQuery = Input<'household.list'>

export const listHouseholds = (query: HouseholdQuery) => call('household.list', query)

export const getHousehold = (householdId: string) => call('household.get', { householdId })

export const householdHistory = (householdId: string) => call('household.history', { householdId })

/** Each reveal is written to the audit log before the value is returned. */
export const revealHousehold = (householdId: string, field: 'idNumber' | 'phone') => call('household.reveal', { householdId, field })

/** The patrols of the household's houses, newest first. */
export const householdPatrols = (householdId: string) => call('household.patrols', { householdId })

/** 一户一档: the household's printable archive as a PDF link. */
export const householdArchive = (householdId: string) => call('household.archive', { householdId })
