// Every page of the app in one list, for the client (navigation) and the server (the page a
// message or a QR code opens). Paths are WeChat's: relative to the app root, no leading
// slash; the client's ROUTES (src/routes.ts) adds the slash it navigates with.
export const PAGES = {
  home: 'pages/index/index',
  login: 'pages/login/index',
  myHouse: 'pages/farmer/my-house/index',
  inspectorHouseholds: 'inspector/pages/households/index',
  inspectorHousehold: 'inspector/pages/household/index',
  inspectorHome: 'inspector/pages/home/index',
  inspectorPlan: 'inspector/pages/plan/index',
  inspectorPatrol: 'inspector/pages/patrol/index',
  inspectorHouse: 'inspector/pages/house/index',
  inspectorHouseRegister: 'inspector/pages/house-register/index',
  inspectorHouseEdit: 'inspector/pages/house-edit/index',
  inspectorTasks: 'inspector/pages/tasks/index',
  inspectorMonthly: 'inspector/pages/monthly/index',
  inspectorSync: 'inspector/pages/sync/index',
  selfCheck: 'pages/farmer/self-check/index',
  myReports: 'pages/farmer/my-reports/index',
  streetHouseholds: 'street/pages/households/index',
  streetHousehold: 'street/pages/household/index',
  streetHouseEdit: 'street/pages/house-edit/index',
  streetOverview: 'street/pages/overview/index',
  streetHome: 'street/pages/home/index',
  streetImports: 'street/pages/imports/index',
  streetImportNew: 'street/pages/import-new/index',
  streetImport: 'street/pages/import/index',
  streetTasks: 'street/pages/tasks/index',
  streetSample: 'street/pages/sample/index',
  streetCoverage: 'street/pages/coverage/index',
  streetInvites: 'street/pages/invites/index',
  streetPeople: 'street/pages/people/index',
  streetCases: 'street/pages/cases/index',
  streetCase: 'street/pages/case/index',
  streetCritical: 'street/pages/critical/index',
  streetAppraisal: 'street/pages/appraisal/index',
  inspectorCases: 'inspector/pages/cases/index',
  inspectorCase: 'inspector/pages/case/index',
  inbox: 'pages/inbox/index',
  notify: 'pages/notify/index',
  streetSystemStatus: 'street/pages/system-status/index',
  privacy: 'pages/privacy/index',
  streetDashboard: 'street/pages/dashboard/index',
  streetMap: 'street/pages/map/index',
  streetAlerts: 'street/pages/alerts/index',
  streetAlertIssue: 'street/pages/alert-issue/index',
  streetAlertRules: 'street/pages/alert-rules/index',
  streetShelters: 'street/pages/shelters/index',
  streetRenovationPlan: 'street/pages/renovation-plan/index',
  streetHousing: 'street/pages/housing/index',
  streetAppraisalReviews: 'street/pages/appraisal-reviews/index',
  streetCampaign: 'street/pages/campaign/index',
  streetDisaster: 'street/pages/disaster/index',
  streetDisasters: 'street/pages/disasters/index',
  streetDisasterDeclare: 'street/pages/disaster-declare/index',
  streetReports: 'street/pages/reports/index',
  streetOverdue: 'street/pages/overdue/index',
  streetAudit: 'street/pages/audit/index',
  districtHome: 'street/pages/district/index',
  districtStreet: 'street/pages/district-street/index',
  districtReports: 'street/pages/district-reports/index',
  inspectorEmergency: 'inspector/pages/emergency/index',
  inspectorDisaster: 'inspector/pages/disaster/index',
  inspectorDisasters: 'inspector/pages/disasters/index',
  inspectorDisasterReport: 'inspector/pages/disaster-report/index',
  inspectorDisasterDeclare: 'inspector/pages/disaster-declare/index',
} as const

export type PageName = keyof typeof PAGES
export type PagePath = (typeof PAGES)[PageName]

/**
 * The page as a subscription message, a QR code or an inbox entry opens it, with its query.
 * Values are ids and plain words the server made (URL-safe), written as they are.
 */
export function pageLink(name: PageName, query: Record<string, string> = {}): string {
  const pairs = Object.entries(query).map(([k, v]) => `${k}=${v}`)
  return pairs.length ? `${PAGES[name]}?${pairs.join('&')}` : PAGES[name]
}
