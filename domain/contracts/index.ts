// Every action of the backend, by name. The server must implement exactly these; the
// client's call() is typed from them.
import { authContracts } from './auth'
import { householdContracts } from './household'
import { statsContracts } from './stats'

export const contracts = {
  ...authContracts,
  ...householdContracts,
  ...statsContracts,
}

export type Contracts = typeof contracts
export type ActionName = keyof Contracts
export * from './define'
