// Every page path in one place, and where each role starts.
import type { Role } from '@domain'

export const ROUTES = {
  home: '/pages/index/index',
  login: '/pages/login/index',
  myHouse: '/pages/farmer/my-house/index',
  inspectorHouseholds: '/inspector/pages/households/index',
  inspectorHousehold: '/inspector/pages/household/index',
  inspectorHome: '/inspector/pages/home/index',
  inspectorPlan: '/inspector/pages/plan/index',
  inspectorPatrol: '/inspector/pages/patrol/index',
  inspectorHouse: '/inspector/pages/house/index',
  inspectorTasks: '/inspector/pages/tasks/index',
  inspectorMonthly: '/inspector/pages/monthly/index',
  inspectorSync: '/inspector/pages/sync/index',
  selfCheck: '/pages/farmer/self-check/index',
  myReports: '/pages/farmer/my-reports/index',
  streetHouseholds: '/street/pages/households/index',
  streetHousehold: '/street/pages/household/index',
  streetOverview: '/street/pages/overview/index',
  streetHome: '/street/pages/home/index',
  streetImports: '/street/pages/imports/index',
  streetImportNew: '/street/pages/import-new/index',
  streetImport: '/street/pages/import/index',
  streetTasks: '/street/pages/tasks/index',
  streetSample: '/street/pages/sample/index',
  streetCoverage: '/street/pages/coverage/index',
  streetInvites: '/street/pages/invites/index',
  streetCases: '/street/pages/cases/index',
  streetCase: '/street/pages/case/index',
  streetCritical: '/street/pages/critical/index',
  streetAppraisal: '/street/pages/appraisal/index',
  inspectorCases: '/inspector/pages/cases/index',
  inspectorCase: '/inspector/pages/case/index',
} as const

export const ROLE_HOME: Record<Role, string> = {
  farmer: ROUTES.myHouse,
  inspector: ROUTES.inspectorHome,
  staff: ROUTES.streetHome,
  appraiser: ROUTES.streetHouseholds,
  leader: ROUTES.streetHome,
}

/** The home page showing the role chooser even when a role is already active. */
export const SWITCH_ROLE_URL = `${ROUTES.home}?switch=1`
