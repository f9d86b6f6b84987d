// Every page path the app navigates to (the one list is domain/pages.ts, shared with the
// server), and where each role starts.
import { PAGES, type PageName, type Role } from '@domain'

type Routes = { readonly [K in PageName]: `/${(typeof PAGES)[K]}` }

export const ROUTES = Object.fromEntries(Object.entries(PAGES).map(([name, path]) => [name, `/${path}`])) as Routes

export const ROLE_HOME: Record<Role, string> = {
  farmer: ROUTES.myHouse,
  inspector: ROUTES.inspectorHome,
  staff: ROUTES.streetHome,
  appraiser: ROUTES.streetHome,
  leader: ROUTES.streetHome,
  district: ROUTES.districtHome,
}

/** The home page showing the role chooser even when a role is already active. */
export const SWITCH_ROLE_URL = `${ROUTES.home}?switch=1`
