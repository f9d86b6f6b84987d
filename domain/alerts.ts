// Extreme weather (应急预警) and disasters (灾损上报): warning types and colours, the rules
// that turn a warning into an emergency patrol campaign, and the disaster damage grades.

/** Chinese warning colours: blue IV, yellow III, orange II, red I. */
export const ALERT_COLORS = ['blue', 'yellow', 'orange', 'red'] as const
export type AlertColor = (typeof ALERT_COLORS)[number]

export const ALERT_COLOR_LABELS: Record<AlertColor, string> = { blue: '蓝色', yellow: '黄色', orange: '橙色', red: '红色' }

/**
 * QWeather's alert event codes (its published 预警事件列表) for the warnings that threaten
 * houses: rain and floods, landslides, wind, snow and ice. QWeather says codes may change,
 * so a rule also names the event by its Chinese name as a fallback, and a warning of a
 * type no rule knows is kept and shown to the street, never dropped.
 */
export const ALERT_EVENT_TYPES: Record<string, string> = {
  '1001': '台风',
  '1003': '暴雨',
  '1004': '暴雪',
  '1005': '寒潮',
  '1006': '大风',
  '1008': '低温冻害',
  '1015': '冰雹',
  '1020': '雷雨大风',
  '1021': '道路结冰',
  '1027': '冰冻',
  '1030': '低温雨雪冰冻',
  '1031': '强对流',
  '1033': '大雪',
  '1035': '连阴雨',
  '1036': '渍涝风险',
  '1037': '地质灾害',
  '1038': '强降雨',
  '1040': '雪灾',
  '1049': '台风暴雨',
  '1058': '雷暴大风',
  '1063': '短历时强降水',
  '1064': '短时强降雨',
  '1073': '洪涝灾害气象风险',
  '1075': '城市内涝气象风险',
  '1076': '洪水灾害气象风险',
  '1085': '雷雨强风',
  '1086': '低温凝冻',
}

/** Which houses an emergency patrol covers. */
export const CAMPAIGN_SCOPES = ['all', 'risky'] as const
export type CampaignScope = (typeof CAMPAIGN_SCOPES)[number]

export interface AlertRule {
  /** QWeather event codes. */
  eventTypes: string[]
  /** Event names matched when the code is not listed (QWeather may renumber). */
  eventNames?: string[]
  colors: AlertColor[]
  scope: CampaignScope
  withinHours: number
}

/** The warning as the rules see it: its code and its name as the provider gave them. */
export interface AlertEvent {
  code: string
  name: string
}

const names = (codes: string[]) => codes.map((c) => ALERT_EVENT_TYPES[c]!).filter(Boolean)

/** Water and earth: what brings down old earth and stone houses in the hills of 铜梁. */
const WATER_AND_EARTH = ['1003', '1036', '1037', '1038', '1035', '1063', '1064', '1073', '1075', '1076', '1001', '1049']
/** Snow and ice: roofs and walls of weak houses under load. */
const SNOW_AND_ICE = ['1004', '1008', '1027', '1030', '1033', '1040', '1086']
/** Wind, hail and storms. */
const WIND_AND_STORM = ['1005', '1006', '1015', '1020', '1021', '1031', '1058', '1085']

/**
 * Red water/earth or snow: every house within 24 hours. Orange water/earth (a landslide
 * or flood warning matters most here) or snow: the risky houses within 12 hours. Orange
 * or red wind and storms: the risky houses within 24 hours.
 */
export const DEFAULT_ALERT_RULES: AlertRule[] = [
  { eventTypes: [...WATER_AND_EARTH, ...SNOW_AND_ICE], eventNames: names([...WATER_AND_EARTH, ...SNOW_AND_ICE]), colors: ['red'], scope: 'all', withinHours: 24 },
  { eventTypes: [...WATER_AND_EARTH, ...SNOW_AND_ICE], eventNames: names([...WATER_AND_EARTH, ...SNOW_AND_ICE]), colors: ['orange'], scope: 'risky', withinHours: 12 },
  { eventTypes: WIND_AND_STORM, eventNames: names(WIND_AND_STORM), colors: ['orange', 'red'], scope: 'risky', withinHours: 24 },
]

/** The name to show for a warning: the provider's, else our table's, else a plain word. */
export function eventNameOf(event: AlertEvent): string {
  return event.name.trim() || ALERT_EVENT_TYPES[event.code] || '气象'
}

/** A warning's type is known when some rule or the code table names it. */
export function isKnownEvent(rules: AlertRule[], event: AlertEvent): boolean {
  return ALERT_EVENT_TYPES[event.code] !== undefined || rules.some((r) => r.eventTypes.includes(event.code) || sameName(r, event))
}

const normalize = (s: string) => s.replace(/\s+/g, '').replace(/(预警|信号)$/, '')
const sameName = (rule: AlertRule, event: AlertEvent) => !!event.name && (rule.eventNames ?? []).some((n) => normalize(n) === normalize(event.name))

/** The first rule for the warning's code and colour; by name when no rule lists the code. */
export function matchRule(rules: AlertRule[], event: AlertEvent, color: AlertColor): AlertRule | null {
  const forColor = rules.filter((r) => r.colors.includes(color))
  return forColor.find((r) => r.eventTypes.includes(event.code)) ?? forColor.find((r) => sameName(r, event)) ?? null
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
