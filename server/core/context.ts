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
  /** The roles held at each village, each from a grant that reaches that village. */
  rolesByVillage: Map<string, Set<Role>>
  /** The roles held for each whole street (grants at street level or above). */
  rolesByStreet: Map<string, Set<Role>>
  /**
   * Set when the caller reaches this action only as an appraiser (often a third party from
   * a firm): the households of the cases assigned to him, the only ones he may read.
   */
  assignedHouseholds: Set<string> | null
}

export interface Ctx {
  deps: Deps
  user: UserDoc
  scope: Scope
  action: string
  /** Current instant, from the Clock port. */
  now(): Date
  /**
   * Throws FORBIDDEN unless the village is in scope — through a grant of one of `roles`
   * when given: roles from one grant never combine with villages from another.
   */
  requireVillage(villageId: string, roles?: readonly Role[]): void
  /** Throws FORBIDDEN unless the caller holds one of `roles` (any accepted role if none) for the whole street. */
  requireStreet(streetId: string, roles?: readonly Role[]): void
  /** Throws FORBIDDEN unless the household is reachable (farmer: only his own). */
  requireHousehold(household: { _id: string; villageId: string }): void
  /** The roles the caller holds at this village (farmer grants reach only the own household). */
  rolesAt(villageId: string): Role[]
  hasRoleAt(villageId: string, role: Role): boolean
  /** The streets the caller holds one of these roles for as a whole. */
  streetsWith(roles: readonly Role[]): string[]
}

export async function buildScope(deps: Deps, user: UserDoc, roles: readonly Role[]): Promise<Scope> {
  const grants = user.grants.filter((g) => roles.includes(g.role))
  const villageIds = new Set<string>()
  const rolesByVillage = new Map<string, Set<Role>>()
  const rolesByStreet = new Map<string, Set<Role>>()
  const add = (m: Map<string, Set<Role>>, key: string, role: Role) => (m.get(key) ?? m.set(key, new Set()).get(key)!).add(role)
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
    if (org.level === 'street') add(rolesByStreet, org._id, g.role)
    for (const v of await deps.orgs.villagesUnder(org._id)) {
      villageIds.add(v._id)
      add(rolesByVillage, v._id, g.role)
      if (org.level === 'district') {
        const street = await deps.orgs.streetOf(v._id)
        if (street) add(rolesByStreet, street._id, g.role)
      }
    }
  }
  const assignedHouseholds = grants.length > 0 && grants.every((g) => g.role === 'appraiser') ? await assignedTo(deps, user._id) : null
  return { grants, villageIds, ownHouseholdId, streetWide, rolesByVillage, rolesByStreet, assignedHouseholds }
}

async function assignedTo(deps: Deps, userId: string): Promise<Set<string>> {
  const cases = await deps.store.collection('cases').find({ where: { assignedAppraiserId: userId }, orderBy: [['assignedAppraiserId', 'asc'], ['stage', 'asc']], limit: 2000 })
  return new Set(cases.map((c) => c.householdId))
}

export function createContext(deps: Deps, user: UserDoc, scope: Scope, action: string): Ctx {
  const rolesAt = (villageId: string): Role[] => [...(scope.rolesByVillage.get(villageId) ?? [])]
  const holds = (held: Set<Role> | undefined, roles?: readonly Role[]) => !!held && (!roles || roles.some((r) => held.has(r)))
  const keysWith = (m: Map<string, Set<Role>>, roles: readonly Role[]) => [...m].filter(([, held]) => holds(held, roles)).map(([k]) => k)
  return {
    deps,
    user,
    scope,
    action,
    now: () => deps.clock.now(),
    requireVillage(villageId, roles) {
      if (!holds(scope.rolesByVillage.get(villageId), roles)) throw new AppError('FORBIDDEN', '这不是您负责的村（社区）')
    },
    requireStreet(streetId, roles) {
      if (!holds(scope.rolesByStreet.get(streetId), roles)) throw new AppError('FORBIDDEN', '这不是您负责的街道')
    },
    requireHousehold(household) {
      if (scope.assignedHouseholds && !scope.assignedHouseholds.has(household._id)) throw new AppError('FORBIDDEN', '这户没有安排给您鉴定')
      if (scope.villageIds.has(household.villageId)) return
      if (scope.ownHouseholdId && scope.ownHouseholdId === household._id) return
      throw new AppError('FORBIDDEN', '您不能查看这户的信息')
    },
    rolesAt,
    hasRoleAt: (villageId, role) => rolesAt(villageId).includes(role),
    streetsWith: (roles) => keysWith(scope.rolesByStreet, roles),
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

/** The street a street-level caller works for through a grant of `roles` (staff or leader by default); FORBIDDEN for anyone else. */
export function streetOfCaller(ctx: Ctx, roles: readonly Role[] = ['staff', 'leader']): string {
  const [street] = ctx.streetsWith(roles)
  if (!street) throw new AppError('FORBIDDEN')
  return street
}

/** The caller's WeChat identity, for the actions that bind it: only inside the mini-program. */
export function requireOpenid(ctx: GuestCtx): string {
  if (!ctx.openid) throw new AppError('FORBIDDEN', '请在微信小程序里操作')
  return ctx.openid
}
