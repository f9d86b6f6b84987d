// Finding the people who must act: a village's inspectors, a street's staff and leaders.
import type { Role } from '../../domain'
import type { Deps } from '../core/deps'
import type { UserDoc } from '../store/docs'

export async function peopleWith(deps: Deps, role: Role, orgId: string): Promise<UserDoc[]> {
  const users = await deps.store.collection('users').find({ where: { grantKeys: { $has: `${role}@${orgId}` } }, limit: 500 })
  return users.filter((u) => !u.disabled)
}
