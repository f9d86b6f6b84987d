// Words for the codes a case carries, beyond the labels the domain already gives.
import { CLOSE_ROUTE_LABELS, HOUSEHOLD_LEFT_LABEL, HOUSEHOLD_LEFT_ROUTE, type CaseStage, type CloseRoute, type LIVING_NOW, type RENOVATION_METHODS } from '@domain'

export type LivingNow = (typeof LIVING_NOW)[number]
export type RenovationMethod = (typeof RENOVATION_METHODS)[number]

export const LIVING_NOW_LABELS: Record<LivingNow, string> = {
  relatives: '投亲靠友',
  rented: '租住',
  publicRental: '集体公租房',
  repairedPublicHouse: '修缮闲置公房',
  happinessCourtyard: '幸福大院',
  other: '其他',
  stillInside: '仍住在危房里',
}

export const RENOVATION_METHOD_LABELS: Record<RenovationMethod, string> = {
  rebuild: '拆除重建',
  reinforce: '修缮加固',
  publicRental: '集体公租房',
  idlePublicHouse: '闲置公房修缮',
  rentOrSwap: '租赁置换',
}

export const APPLIED_BY_LABELS: Record<'farmer' | 'inspector', string> = { farmer: '农户本人', inspector: '巡查员代申请' }

export const REVIEW_RESULT_LABELS: Record<'approved' | 'rejected', string> = { approved: '通过', rejected: '不通过' }

/** How a case was closed: the close-out routes, and the ways that need no renovation. */
const CLOSED_AS: Record<string, string> = {
  ...CLOSE_ROUTE_LABELS,
  dismissed: '核实无隐患',
  watch: 'A/B 级，建议关注',
  repair: 'A/B 级，建议维修',
  [HOUSEHOLD_LEFT_ROUTE]: HOUSEHOLD_LEFT_LABEL,
}
export const closeRouteText = (route: string | null): string => (route ? CLOSED_AS[route] ?? route : '')

export const CLOSE_ROUTE_CHOICES: CloseRoute[] = ['renovated', 'disasterRebuild', 'geoRelocation', 'rentOrRelatives', 'other']

/** What happens while a case sits in a stage, for the people who work on it. */
export const STAGE_EXPLAIN: Record<CaseStage, string> = {
  reported: '等村巡查员到现场核实：有隐患就报街道，没有就销号。',
  villageVerified: '村里已核实，请尽快报街道。',
  toStreet: '街道建管办安排鉴定人员（或第三方机构）鉴定。',
  awaitingAppraisal: '已安排鉴定，等鉴定人员上门。',
  appraising: '鉴定人员正在鉴定，按导则逐项打分。',
  appraised: '已有鉴定结论：C/D 级危房要立即应急处置，A/B 级按建议处理后销号。',
  emergency: '已应急处置：组织撤离、设警示标志和围栏，再纳入改造或按其他方式销号。',
  renovationPlanned: '已纳入改造计划，等开工。',
  renovating: '正在改造，可随时记录进度。',
  accepted: '已竣工验收，补助拨付后按“改造完成”销号。',
  closed: '案件已销号。',
}
