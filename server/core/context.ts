// Who is calling and what they may reach for the action at hand. Scope is derived on the
// server from the user's role grants; nothing the client sends widens it.
import { AppError, type Role, type RoleGrant } from '../../domain'
import type { Deps } from './deps'
import type { UserDoc } from '../store/docs'

export interface Scope {
  /** Grants of this user that the action accepts. */
  grants: RoleGrant[]
  /** Every village the caller may act on through those grants. */
  villageIds: Set<string>
  /** Set when the only reach is a farmer's own household. */
  ownHouseholdId: string | null
  /** True when some grant is at street level or above. */
  streetWide: boolean
}

export interface Ctx {
  deps: Deps
  user: UserDoc
  scope: Scope
  action: string
  /** Current instant, from the Clock port. */
  now(): Date
  /** Throws FORBIDDEN unless the village is in scope. */
  requireVillage(villageId: string): void
  /** Throws FORBIDDEN unless the household is reachable (farmer: only his own). */
  requireHousehold(household: { _id: string; villageId: string }): void
  hasRole(role: Role): boolean
}

export async function buildScope(deps: Deps, user: UserDoc, roles: readonly Role[]): Promise<Scope> {
  const grants = user.grants.filter((g) => roles.includes(g.role))
  const villageIds = new Set<string>()
  let streetWide = false
  let ownHouseholdId: string | null = null
  for (const g of grants) {
    if (g.role === 'farmer') {
      ownHouseholdId = user.householdId
      continue
    }
    const org = await deps.orgs.get(g.orgId)
    if (!org) continue
    if (org.level !== 'village') streetWide = true
    for (const v of await deps.orgs.villagesUnder(org._id)) villageIds.add(v._id)
  }
  return { grants, villageIds, ownHouseholdId, streetWide }
}

export function createContext(deps: Deps, user: UserDoc, scope: Scope, action: string): Ctx {
  return {
    deps,
    user,
    scope,
    action,
    now: () => deps.clock.now(),
    requireVillage(villageId) {
      if (!scope.villageIds.has(villageId)) throw new AppError('FORBIDDEN', '这不是您负责的村（社区）')
    },
    requireHousehold(household) {
      if (scope.villageIds.has(household.villageId)) return
      if (scope.ownHouseholdId && scope.ownHouseholdId === household._id) return
      throw new AppError('FORBIDDEN', '您不能查看这户的信息')
    },
    hasRole: (role) => scope.grants.some((g) => g.role === role),
  }
}

/** The context of an action open to WeChat identities not bound to an account yet. */
export interface GuestCtx {
  deps: Deps
  /** The caller's OPENID; null for a local dev user. */
  openid: string | null
  /** The bound account, when there is one. */
  user: UserDoc | null
  action: string
  now(): Date
}

/** The street a street-level caller (staff or leader) works for; FORBIDDEN for anyone else. */
export function streetOfCaller(ctx: Ctx): string {
  const grant = ctx.scope.grants.find((g) => g.role === 'staff' || g.role === 'leader')
  if (!grant) throw new AppError('FORBIDDEN')
  return grant.orgId
}
