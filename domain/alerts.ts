// Extreme weather (应急预警) and disasters (灾损上报): warning types and colours, the rules
// that turn a warning into an emergency patrol campaign, and the disaster damage grades.

/** Chinese warning colours: blue IV, yellow III, orange II, red I. */
export const ALERT_COLORS = ['blue', 'yellow', 'orange', 'red'] as const
export type AlertColor = (typeof ALERT_COLORS)[number]

export const ALERT_COLOR_LABELS: Record<AlertColor, string> = { blue: '蓝色', yellow: '黄色', orange: '橙色', red: '红色' }

/** QWeather event type codes we act on; the mapping is configuration-overridable. */
export const ALERT_EVENT_TYPES: Record<string, string> = {
  '1003': '暴雨',
  '1004': '暴雪',
  '1005': '寒潮',
  '1006': '大风',
  '1021': '道路结冰',
  '1027': '冰冻',
  '1030': '低温雨雪冰冻',
  '1009': '雷暴大风',
  '1015': '冰雹',
  '9001': '地质灾害气象风险',
}

/** Which houses an emergency patrol covers. */
export const CAMPAIGN_SCOPES = ['all', 'risky'] as const
export type CampaignScope = (typeof CAMPAIGN_SCOPES)[number]

export interface AlertRule {
  eventTypes: string[]
  colors: AlertColor[]
  scope: CampaignScope
  withinHours: number
}

/** Orange rain: the risky houses in 12 hours. Red anything listed: every house in 24 hours. */
export const DEFAULT_ALERT_RULES: AlertRule[] = [
  { eventTypes: ['1003', '1004', '1027', '1030', '9001'], colors: ['red'], scope: 'all', withinHours: 24 },
  { eventTypes: ['1003', '1004', '1027', '1030', '9001'], colors: ['orange'], scope: 'risky', withinHours: 12 },
  { eventTypes: ['1005', '1006', '1009', '1015', '1021'], colors: ['orange', 'red'], scope: 'risky', withinHours: 24 },
]

export function matchRule(rules: AlertRule[], eventType: string, color: AlertColor): AlertRule | null {
  return rules.find((r) => r.eventTypes.includes(eventType) && r.colors.includes(color)) ?? null
}

/** A house an emergency patrol must cover under the 'risky' scope: B/C/D or an open case. */
export function isRiskyHouse(h: { grade: string | null; openCaseId: string | null }): boolean {
  return h.grade === 'B' || h.grade === 'C' || h.grade === 'D' || h.openCaseId !== null
}

export const DISASTER_KINDS = ['flood', 'earthquake', 'landslide', 'debrisFlow', 'storm', 'other'] as const
export type DisasterKind = (typeof DISASTER_KINDS)[number]
export const DISASTER_KIND_LABELS: Record<DisasterKind, string> = {
  flood: '洪涝',
  earthquake: '地震',
  landslide: '滑坡',
  debrisFlow: '泥石流',
  storm: '风雹',
  other: '其他',
}

/** Chongqing's damage grades for disaster-damaged houses. */
export const DAMAGE_GRADES = ['collapsed', 'severe', 'general'] as const
export type DamageGrade = (typeof DAMAGE_GRADES)[number]
export const DAMAGE_GRADE_LABELS: Record<DamageGrade, string> = { collapsed: '倒塌', severe: '严重损坏', general: '一般损坏' }
