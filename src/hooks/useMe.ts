// The signed-in user for screens that need it (villages, household, roles).
import type { Me } from '@domain'
import { session } from '../services/session'
import { useResult, type AsyncState } from './useResult'

export function useMe(): AsyncState<Me> & { reload: () => void } {
  return useResult(() => session.loadMe(), [])
}
