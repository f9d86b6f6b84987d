// What street staff may touch when taking access away: the grants whose org is their street
// or one of its villages. A person's grants elsewhere are neither shown nor touched.
import { maskName, type PersonView, type RoleGrant } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { UserDoc } from '../../store/docs'

export interface StreetReach {
  streetIds: Set<string>
  villageIds: Set<string>
  has(orgId: string): boolean
}

/** Only where the caller is staff: an inspector grant of the same account reaches nothing here. */
export function streetReach(ctx: Ctx): StreetReach {
  const streetIds = new Set(ctx.streetsWith(['staff']))
  const villageIds = new Set([...ctx.scope.villageIds].filter((v) => ctx.hasRoleAt(v, 'staff')))
  return { streetIds, villageIds, has: (orgId) => streetIds.has(orgId) || villageIds.has(orgId) }
}

export const grantsWithin = (reach: StreetReach, grants: RoleGrant[]) => grants.filter((g) => reach.has(g.orgId))

export async function personView(ctx: Ctx, reach: StreetReach, user: UserDoc): Promise<PersonView> {
  const { deps } = ctx
  const mine = grantsWithin(reach, user.grants)
  const grants = await Promise.all(mine.map(async (g) => ({ role: g.role, orgId: g.orgId, orgName: (await deps.orgs.get(g.orgId))?.name ?? '' })))
  let household: PersonView['household'] = null
  if (user.householdId && mine.some((g) => g.role === 'farmer')) {
    const hh = await deps.store.collection('households').get(user.householdId)
    if (hh && reach.villageIds.has(hh.villageId)) household = { id: hh._id, headName: maskName(hh.headName), villageName: (await deps.orgs.get(hh.villageId))?.name ?? '' }
  }
  return {
    userId: user._id,
    // A farmer's account carries his full name; lists show names masked, as everywhere.
    name: mine.length > 0 && mine.every((g) => g.role === 'farmer') ? maskName(user.name) : user.name,
    disabled: user.disabled,
    grants,
    elsewhere: user.grants.length > mine.length,
    household,
    isMe: user._id === ctx.user._id,
  }
}
