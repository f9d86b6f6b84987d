// The hazard case state machine: 发现一户、鉴定一户、改造一户. Each action moves a case from
// some stages to one stage, may be taken only by some roles, and sets the deadline of
// the next step. Anything else is an illegal transition.
import { CASE_STAGE_LABELS, type CaseStage } from '../cases'
import type { Grade, Role } from '../enums'

export const CASE_ACTIONS = [
  'verify',
  'dismiss',
  'reportToStreet',
  'assignAppraisal',
  'startAppraisal',
  'submitAppraisal',
  'closeSafe',
  'startEmergency',
  'planRenovation',
  'startRenovation',
  'acceptRenovation',
  'closeOut',
] as const
export type CaseAction = (typeof CASE_ACTIONS)[number]

/** Days allowed for the step that follows entering a stage (configuration overrides). */
export interface CaseDeadlines {
  verify: number
  reportToStreet: number
  assignAppraisal: number
  appraisal: number
  emergency: number
  renovationPlan: number
  renovation: number
  acceptance: number
  closeOut: number
}

export const DEFAULT_CASE_DEADLINES: CaseDeadlines = {
  verify: 3,
  reportToStreet: 1,
  assignAppraisal: 3,
  appraisal: 7,
  emergency: 1,
  renovationPlan: 30,
  renovation: 180,
  acceptance: 30,
  closeOut: 30,
}

/** Which deadline runs while a case sits in a stage; closed cases have none. */
export const STAGE_DEADLINE: Record<CaseStage, keyof CaseDeadlines | null> = {
  reported: 'verify',
  villageVerified: 'reportToStreet',
  toStreet: 'assignAppraisal',
  awaitingAppraisal: 'appraisal',
  appraising: 'appraisal',
  appraised: 'emergency',
  emergency: 'renovationPlan',
  renovationPlanned: 'renovation',
  renovating: 'renovation',
  accepted: 'closeOut',
  closed: null,
}

/** Who must act while a case sits in a stage: reminders go to them. */
export const STAGE_OWNER: Record<CaseStage, Role | null> = {
  reported: 'inspector',
  villageVerified: 'inspector',
  toStreet: 'staff',
  awaitingAppraisal: 'appraiser',
  appraising: 'appraiser',
  appraised: 'staff',
  emergency: 'staff',
  renovationPlanned: 'staff',
  renovating: 'staff',
  accepted: 'staff',
  closed: null,
}

export interface TransitionRule {
  from: readonly CaseStage[]
  to: CaseStage
  roles: readonly Role[]
  label: string
}

export const TRANSITIONS: Record<CaseAction, TransitionRule> = {
  verify: { from: ['reported'], to: 'villageVerified', roles: ['inspector'], label: '村核实' },
  dismiss: { from: ['reported', 'villageVerified'], to: 'closed', roles: ['inspector', 'staff'], label: '核实无隐患，销号' },
  reportToStreet: { from: ['reported', 'villageVerified'], to: 'toStreet', roles: ['inspector', 'staff'], label: '报街道' },
  assignAppraisal: { from: ['toStreet', 'awaitingAppraisal'], to: 'awaitingAppraisal', roles: ['staff'], label: '安排鉴定' },
  startAppraisal: { from: ['awaitingAppraisal'], to: 'appraising', roles: ['appraiser'], label: '开始鉴定' },
  submitAppraisal: { from: ['appraising'], to: 'appraised', roles: ['appraiser'], label: '提交鉴定结论' },
  closeSafe: { from: ['appraised'], to: 'closed', roles: ['staff'], label: 'A/B 级，按建议处理后销号' },
  startEmergency: { from: ['appraised'], to: 'emergency', roles: ['staff', 'inspector'], label: '应急处置' },
  planRenovation: { from: ['emergency'], to: 'renovationPlanned', roles: ['staff'], label: '纳入改造' },
  startRenovation: { from: ['renovationPlanned'], to: 'renovating', roles: ['staff'], label: '开始改造' },
  acceptRenovation: { from: ['renovating'], to: 'accepted', roles: ['staff'], label: '竣工验收' },
  closeOut: { from: ['accepted', 'emergency'], to: 'closed', roles: ['staff'], label: '销号' },
}

export const CLOSE_ROUTES = ['renovated', 'disasterRebuild', 'geoRelocation', 'rentOrRelatives', 'other'] as const
export type CloseRoute = (typeof CLOSE_ROUTES)[number]

export const CLOSE_ROUTE_LABELS: Record<CloseRoute, string> = {
  renovated: '改造完成',
  disasterRebuild: '因灾重建',
  geoRelocation: '地灾搬迁',
  rentOrRelatives: '租住 / 投亲',
  other: '其他',
}

/**
 * How the open cases of a household that leaves monitoring are closed, by the list import
 * that takes it out (never a route a person chooses): its figures count it nowhere, so no
 * list of open cases may hold it either.
 */
export const HOUSEHOLD_LEFT_ROUTE = 'householdLeft'
export const HOUSEHOLD_LEFT_LABEL = '已调出监测'

export type TransitionRefusal =
  | { code: 'ILLEGAL'; message: string }
  | { code: 'ROLE'; message: string }
  | null

/** 竣工验收 without any supervision visit during the works. */
export const NO_SUPERVISION = { code: 'ILLEGAL', message: '改造期间还没有技术指导与监督记录，不能竣工验收。请先记录至少一次监督检查' } as const


/**
 * Whether `action` may move a case now. Facts beyond the stage: the house's grade
 * (A/B close, C/D go to emergency) and, closing out, the route taken.
 */
export function checkTransition(
  action: CaseAction,
  stage: CaseStage,
  roles: readonly Role[],
  facts: { grade: Grade | null; route?: CloseRoute; supervisionVisits?: number },
): TransitionRefusal {
  const rule = TRANSITIONS[action]
  if (!rule.from.includes(stage)) return { code: 'ILLEGAL', message: `案件现在是“${CASE_STAGE_LABELS[stage]}”，不能${rule.label}` }
  if (!rule.roles.some((r) => roles.includes(r))) return { code: 'ROLE', message: `只有${rule.roles.map((r) => ROLE_WORDS[r]).join('或')}可以${rule.label}` }
  const dangerous = facts.grade === 'C' || facts.grade === 'D'
  if (action === 'closeSafe' && dangerous) return { code: 'ILLEGAL', message: 'C/D 级危房不能直接销号，请先应急处置' }
  if (action === 'startEmergency' && !dangerous) return { code: 'ILLEGAL', message: '只有 C/D 级危房需要应急处置' }
  // 技术指导与监督 (seed 五): the works are accepted only after someone of the street saw them.
  if (action === 'acceptRenovation' && (facts.supervisionVisits ?? 0) < 1) return NO_SUPERVISION
  if (action === 'closeOut' && stage === 'accepted' && facts.route !== 'renovated') return { code: 'ILLEGAL', message: '竣工验收后应按“改造完成”销号' }
  if (action === 'closeOut' && stage === 'emergency' && (facts.route === undefined || facts.route === 'renovated')) {
    return { code: 'ILLEGAL', message: '未改造的危房只能按因灾重建、地灾搬迁、租住投亲或其他原因销号' }
  }
  return null
}

const ROLE_WORDS: Record<Role, string> = { farmer: '农户', inspector: '村巡查员', staff: '街道建管办', appraiser: '鉴定人员', leader: '街道领导', district: '区住建局' }

/** The actions a person with these roles could take on a case in this stage. */
export function availableActions(stage: CaseStage, roles: readonly Role[], grade: Grade | null): CaseAction[] {
  return CASE_ACTIONS.filter((a) => {
    // 竣工验收 stays on offer without a supervision visit: the server's refusal says what is missing.
    const r = checkTransition(a, stage, roles, { grade, route: a === 'closeOut' ? (stage === 'accepted' ? 'renovated' : 'other') : undefined, supervisionVisits: 1 })
    return r === null
  })
}

/** Plain words for the farmer: where his case stands. */
export const FARMER_STAGE_WORDS: Record<CaseStage, string> = {
  reported: '您的上报已收到，村里会尽快来看',
  villageVerified: '村里已经来看过，正在上报街道',
  toStreet: '已报街道，街道会安排专业人员鉴定',
  awaitingAppraisal: '已安排鉴定人员，会和您约时间上门',
  appraising: '鉴定人员正在鉴定您的房屋',
  appraised: '鉴定已完成',
  emergency: '房屋有危险，请不要住在里面，村里和街道会帮您安排住处',
  renovationPlanned: '已纳入危房改造计划',
  renovating: '正在改造',
  accepted: '改造已完成验收',
  closed: '已办结',
}
