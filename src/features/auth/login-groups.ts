// The demo login's groups: the district first, then the street's leader, staff and
// appraisers, the village inspectors, and the many farmers last.
import type { Role } from '@domain'

export const GROUP_ORDER: Role[] = ['district', 'leader', 'staff', 'appraiser', 'inspector', 'farmer']

/** Each person once, under the most senior role he holds (roles come in the domain's order, farmer first). */
export function groupByRole<U extends { roles: Role[] }>(users: U[]): [Role, U[]][] {
  const groupOf = (u: U) => GROUP_ORDER.find((role) => u.roles.includes(role))
  return GROUP_ORDER.map((role): [Role, U[]] => [role, users.filter((u) => groupOf(u) === role)]).filter(([, list]) => list.length > 0)
}
