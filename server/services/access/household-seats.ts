// A household takes only a few WeChat accounts. The count is a query, so every binding to
// a household also rewrites the household's guard document (its self-binding attempts
// document) in the same transaction: a binding that read the count before another one
// committed sees the guard's revision move and counts again.
import { AppError } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { TxStore } from '../../ports/store'
import type { UserDoc } from '../../store/docs'

export const householdGuardKey = (householdId: string) => `bind-h-${householdId}`

class GuardMoved extends Error {}

/**
 * The farmer accounts bound to the household. A disabled one still holds its seat (else
 * enabling it again could pass the limit); unbinding frees it.
 */
export async function accountsOf(deps: Deps, householdId: string): Promise<UserDoc[]> {
  const users = await deps.store.collection('users').find({ where: { householdId }, limit: 200 })
  return users.filter((u) => u.grants.some((g) => g.role === 'farmer'))
}

export const householdFullMessage = (max: number) =>
  `这户已经绑定了 ${max} 个微信账号，不能再绑定。需要换人使用的，请联系街道建管办先解除不用的绑定`

/**
 * Runs write in a transaction while the household has a free seat for accountId (an
 * account already bound to it keeps its seat); CONFLICT with a plain message when full.
 */
export async function withHouseholdSeat<R>(deps: Deps, householdId: string, accountId: string, write: (tx: TxStore) => Promise<R>): Promise<R> {
  const key = householdGuardKey(householdId)
  const max = deps.config.householdMaxAccounts
  for (let round = 0; round < 8; round++) {
    const rev = (await deps.store.collection('attempts').get(key))?._rev ?? 0
    const taken = (await accountsOf(deps, householdId)).filter((u) => u._id !== accountId)
    try {
      return await deps.store.transaction(async (tx) => {
        const guard = tx.collection('attempts')
        if (((await guard.get(key))?._rev ?? 0) !== rev) throw new GuardMoved()
        if (taken.length >= max) throw new AppError('CONFLICT', householdFullMessage(max))
        const result = await write(tx)
        const after = await guard.get(key)
        await guard.set({ _id: key, failures: after?.failures ?? [], lockedUntil: after?.lockedUntil ?? null })
        return result
      })
    } catch (err) {
      if (!(err instanceof GuardMoved)) throw err
    }
  }
  throw new AppError('CONFLICT', '有人正在同时绑定这户，请稍后再试一次')
}
