import type { RoleGrant } from '../../domain'

/** "role@orgId" keys, stored on the user so people can be found by role and org. */
export const grantKeys = (grants: RoleGrant[]): string[] => grants.map((g) => `${g.role}@${g.orgId}`)
