// The signed-in user for screens that need it (villages, household, roles); the one seen
// last when the network is slow or gone, so a screen still opens in the field.
import type { Me } from '@domain'
import { loadMeOfflineFirst } from '../services/offline/outbox'
import { useResult, type AsyncState } from './useResult'

export function useMe(): AsyncState<Me> & { reload: () => void } {
  return useResult(() => loadMeOfflineFirst(), [])
}
