// Every page path in one place, and where each role starts.
import type { Role } from '@domain'

export const ROUTES = {
  home: '/pages/index/index',
  login: '/pages/login/index',
  myHouse: '/pages/farmer/my-house/index',
  inspectorHouseholds: '/inspector/pages/households/index',
  inspectorHousehold: '/inspector/pages/household/index',
  streetHouseholds: '/street/pages/households/index',
  streetHousehold: '/street/pages/household/index',
  streetOverview: '/street/pages/overview/index',
} as const

export const ROLE_HOME: Record<Role, string> = {
  farmer: ROUTES.myHouse,
  inspector: ROUTES.inspectorHouseholds,
  staff: ROUTES.streetHouseholds,
  appraiser: ROUTES.streetHouseholds,
  leader: ROUTES.streetOverview,
}

/** The home page showing the role chooser even when a role is already active. */
export const SWITCH_ROLE_URL = `${ROUTES.home}?switch=1`
