// The account of a WeChat identity: its id derives from the OPENID, so binding twice at
// once cannot make two accounts.
import type { Deps } from '../../core/deps'
import type { RoleGrant } from '../../../domain'
import type { TxStore } from '../../ports/store'
import type { UserDoc } from '../../store/docs'
import { grantKeys } from '../../store/grant-keys'

export const userIdOf = (deps: Deps, openid: string) => `u-wx-${deps.personal.hash(`openid:${openid}`).slice(0, 20)}`

/** A stable, keyed name of the caller for audit entries before he has an account. */
export const wechatActorOf = (deps: Deps, openid: string) => `wx-${deps.personal.hash(`openid:${openid}`).slice(0, 20)}`

/**
 * Adds grants to the account of this WeChat identity (accountId when it has one already),
 * creating it if needed, inside tx.
 */
export async function grantToIn(tx: TxStore, deps: Deps, openid: string, accountId: string | null, name: string, grants: RoleGrant[], householdId: string | null): Promise<UserDoc> {
  const users = tx.collection('users')
  const id = accountId ?? userIdOf(deps, openid)
  const existing = await users.get(id)
  if (existing) {
    const merged = [...existing.grants]
    for (const g of grants) if (!merged.some((m) => m.role === g.role && m.orgId === g.orgId)) merged.push(g)
    await users.update(existing._id, { grants: merged, grantKeys: grantKeys(merged), householdId: householdId ?? existing.householdId })
    return (await users.get(existing._id))!
  }
  const user: UserDoc = { _id: id, name, openid, grants, grantKeys: grantKeys(grants), householdId, disabled: false, createdAt: deps.clock.now().toISOString() }
  await users.insert(user)
  return user
}
