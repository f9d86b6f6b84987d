// Where each figure leads: the list behind it, for the role looking. Street roles open
// the street's lists; an inspector his own (the critical list and the map are shared).
import { RENOVATED_ROUTE, type CaseStage, type Grade, type Role } from '@domain'
import { ROUTES } from '../../routes'

const q = (path: string, query: Record<string, string | undefined>) => {
  const parts = Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${encodeURIComponent(v)}`]))
  return parts.length ? `${path}?${parts.join('&')}` : path
}

export interface DashboardLinks {
  critical: string
  coverage: string
  /** renovated: the cases closed as renovated (已改造). */
  cases: (filter: { stage?: CaseStage | 'open'; overdue?: boolean; renovated?: boolean; villageId?: string }) => string
  overdueTasks: (villageId?: string) => string
  households: (filter: { grade?: Grade; villageId?: string }) => string
  campaign: (campaignId: string) => string
  map: (villageId?: string) => string
  alerts: string
  reports: string | null
}

export function linksFor(role: Role | null): DashboardLinks {
  const inspector = role === 'inspector'
  return {
    critical: ROUTES.streetCritical,
    coverage: inspector ? ROUTES.inspectorPlan : ROUTES.streetCoverage,
    cases: ({ stage, overdue, renovated, villageId }) => q(inspector ? ROUTES.inspectorCases : ROUTES.streetCases, { stage, overdue: overdue ? '1' : undefined, closeRoute: renovated ? RENOVATED_ROUTE : undefined, villageId }),
    overdueTasks: (villageId) => q(inspector ? ROUTES.inspectorTasks : ROUTES.streetTasks, { overdue: '1', villageId }),
    households: ({ grade, villageId }) => q(inspector ? ROUTES.inspectorHouseholds : ROUTES.streetHouseholds, { grade, villageId }),
    campaign: (campaignId) => q(ROUTES.streetCampaign, { campaignId }),
    map: (villageId) => q(ROUTES.streetMap, { villageId }),
    alerts: inspector ? ROUTES.inspectorEmergency : ROUTES.streetAlerts,
    reports: inspector ? null : ROUTES.streetReports,
  }
}
