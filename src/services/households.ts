// Monitored households: the list a role may see and one household in detail.
import { call, type Input } from './api'

export type HouseholdQuery = Input<'household.list'>

export const listHouseholds = (query: HouseholdQuery) => call('household.list', query)

export const getHousehold = (householdId: string) => call('household.get', { householdId })
