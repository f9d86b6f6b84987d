// The local host's login page: the district first, then the street leader, street staff,
// appraisers, village inspectors, and the many farmers last; each person once, under the
// most senior role he holds (a farmer who is also the village inspector is an inspector).
import type { Role } from '../../domain'
import { groupByRole } from '../../src/features/auth/login-groups'

const user = (id: string, roles: Role[]) => ({ id, roles })

it('the demo login lists the district first and the farmers last', () => {
  const users = [user('farmer', ['farmer']), user('insp', ['inspector']), user('appr', ['appraiser']), user('staff', ['staff']), user('leader', ['leader']), user('district', ['district'])]
  expect(groupByRole(users).map(([role]) => role)).toEqual(['district', 'leader', 'staff', 'appraiser', 'inspector', 'farmer'])
})

it('a person with two roles is listed once, under the more senior one', () => {
  // Roles come in the domain's order (farmer first), not by seniority.
  const users = [user('farmer-inspector', ['farmer', 'inspector']), user('insp-staff', ['inspector', 'staff']), user('staff-appraiser', ['staff', 'appraiser'])]
  const groups = Object.fromEntries(groupByRole(users).map(([role, list]) => [role, list.map((u) => u.id)]))
  expect(groups).toEqual({ staff: ['insp-staff', 'staff-appraiser'], inspector: ['farmer-inspector'] })
})
