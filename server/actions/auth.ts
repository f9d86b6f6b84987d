import { ROLES, type OrgView } from '../../domain'
import { handlers } from '../core/handler'
import { OrgDirectory } from '../services/org-directory'

export const authHandlers = handlers({
  'auth.me': async (ctx) => {
    const { user, deps } = ctx
    const roles = ROLES.filter((r) => user.grants.some((g) => g.role === r))
    const villages = new Map<string, OrgView>()
    let street: OrgView | null = null
    for (const g of user.grants) {
      const s = await deps.orgs.streetOf(g.orgId)
      if (s && !street) street = OrgDirectory.view(s)
      for (const v of await deps.orgs.villagesUnder(g.orgId)) villages.set(v._id, OrgDirectory.view(v))
    }
    return {
      userId: user._id,
      name: user.name,
      grants: user.grants,
      roles,
      street,
      villages: [...villages.values()],
      householdId: user.householdId,
    }
  },
})
