// Hazard cases (隐患案件): every hazard, whoever found it, becomes one case that moves from
// report to close-out (销号). The full state machine comes with the case workflow; the
// vocabulary lives here so that patrols and reports can open cases now.

export const CASE_SOURCES = ['farmerReport', 'villagePatrol', 'streetPatrol', 'emergencyPatrol', 'disasterReport', 'manual'] as const
export type CaseSource = (typeof CASE_SOURCES)[number]

export const CASE_SOURCE_LABELS: Record<CaseSource, string> = {
  farmerReport: '农户上报',
  villagePatrol: '村巡查',
  streetPatrol: '街道巡查',
  emergencyPatrol: '应急巡查',
  disasterReport: '灾损上报',
  manual: '人工录入',
}

export const CASE_STAGES = [
  'reported',
  'villageVerified',
  'toStreet',
  'awaitingAppraisal',
  'appraising',
  'appraised',
  'emergency',
  'renovationPlanned',
  'renovating',
  'accepted',
  'closed',
] as const
export type CaseStage = (typeof CASE_STAGES)[number]

export const CASE_STAGE_LABELS: Record<CaseStage, string> = {
  reported: '已上报',
  villageVerified: '村已核实',
  toStreet: '已报街道',
  awaitingAppraisal: '待鉴定',
  appraising: '鉴定中',
  appraised: '已鉴定',
  emergency: '应急处置',
  renovationPlanned: '纳入改造',
  renovating: '改造中',
  accepted: '竣工验收',
  closed: '已销号',
}

export const OPEN_CASE_STAGES: CaseStage[] = CASE_STAGES.filter((s) => s !== 'closed')
