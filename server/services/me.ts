// What a signed-in person sees of himself: roles, his street and villages, his household.
import { ROLES, type Me, type OrgView } from '../../domain'
import type { Deps } from '../core/deps'
import type { UserDoc } from '../store/docs'
import { OrgDirectory } from '../core/org-directory'

export async function buildMe(deps: Deps, user: UserDoc): Promise<Me> {
  const roles = ROLES.filter((r) => user.grants.some((g) => g.role === r))
  const villages = new Map<string, OrgView>()
  let street: OrgView | null = null
  for (const g of user.grants) {
    const s = await deps.orgs.streetOf(g.orgId)
    if (s && !street) street = OrgDirectory.view(s)
    // A farmer reaches only his household, not his whole village.
    if (g.role === 'farmer') continue
    for (const v of await deps.orgs.villagesUnder(g.orgId)) villages.set(v._id, OrgDirectory.view(v))
  }
  const streetDoc = street ? await deps.orgs.get(street.id) : null
  const parent = streetDoc?.parentId ? await deps.orgs.get(streetDoc.parentId) : null
  const district = parent?.level === 'district' ? OrgDirectory.view(parent) : null
  return { userId: user._id, name: user.name, grants: user.grants, roles, street, district, villages: [...villages.values()], householdId: user.householdId }
}
