// Monitored households: the list a role may see and one household in detail.
import { call, type Input } from './api'

export type HouseholdQuery = Input<'household.list'>

export const listHouseholds = (query: HouseholdQuery) => call('household.list', query)

export const getHousehold = (householdId: string) => call('household.get', { householdId })

/** The patrols of the household's houses, newest first. */
export const householdPatrols = (householdId: string) => call('household.patrols', { householdId })

/** 一户一档: the household's printable archive as a PDF link. */
export const householdArchive = (householdId: string) => call('household.archive', { householdId })
