// Patrols (巡查): the village's monthly routine patrol, the street's random patrol, the
// emergency patrol in extreme weather, and the farmer's self-check. A patrol is a
// screening with a preliminary judgment, never a safety grade.

export const PATROL_KINDS = ['routine', 'street', 'emergency', 'selfCheck'] as const
export type PatrolKind = (typeof PATROL_KINDS)[number]

export const PATROL_KIND_LABELS: Record<PatrolKind, string> = {
  routine: '村月度巡查',
  street: '街道随机巡查',
  emergency: '应急巡查',
  selfCheck: '农户自查',
}

export const PATROL_PARTS = ['site', 'foundation', 'walls', 'columnsBeams', 'roof', 'enclosure'] as const
export type PatrolPart = (typeof PATROL_PARTS)[number]

export const PATROL_PART_LABELS: Record<PatrolPart, string> = {
  site: '场地（边坡、山体、排水）',
  foundation: '地基基础',
  walls: '承重墙体',
  columnsBeams: '柱、梁',
  roof: '屋面、屋架',
  enclosure: '围护结构（门窗、隔墙）',
}

export const PART_FINDINGS = ['ok', 'minor', 'serious', 'na'] as const
export type PartFinding = (typeof PART_FINDINGS)[number]

export const PART_FINDING_LABELS: Record<PartFinding, string> = {
  ok: '正常',
  minor: '有轻微问题',
  serious: '有明显隐患',
  na: '没有此项',
}

/** What each finding looks like on a part, in plain words for the patrol form. */
export const PART_FINDING_HINTS: Record<PatrolPart, Partial<Record<PartFinding, string>>> = {
  site: { minor: '排水不畅、边坡有小裂缝', serious: '山体开裂、滑坡迹象、房屋被水浸泡' },
  foundation: { minor: '轻微不均匀沉降', serious: '明显沉降、地基松动、墙脚掏空' },
  walls: { minor: '细小裂缝', serious: '裂缝多或宽、墙体倾斜、墙体分离' },
  columnsBeams: { minor: '表面开裂、轻微腐朽', serious: '柱梁断裂、明显变形、严重腐朽虫蛀' },
  roof: { minor: '少量漏雨、瓦片松动', serious: '屋架变形、檩条断裂、大面积漏雨' },
  enclosure: { minor: '门窗变形', serious: '隔墙倒塌、门窗严重损坏' },
}

export const JUDGMENTS = ['safe', 'hazard', 'suspectedDanger'] as const
export type Judgment = (typeof JUDGMENTS)[number]

export const JUDGMENT_LABELS: Record<Judgment, string> = {
  safe: '安全',
  hazard: '存在隐患',
  suspectedDanger: '疑似危房',
}

/** The judgment the checklist suggests; the inspector confirms or changes it. */
export function suggestJudgment(findings: Partial<Record<PatrolPart, PartFinding>>): Judgment {
  const values = Object.values(findings)
  if (values.includes('serious')) return 'suspectedDanger'
  if (values.includes('minor')) return 'hazard'
  return 'safe'
}

/**
 * What the patrol form suggests while it is filled in: nothing before a part is checked; a
 * problem as soon as one is ticked; 安全 only once every part is checked and none has one.
 */
export function formSuggestion(findings: Partial<Record<PatrolPart, PartFinding>>): Judgment | null {
  const values = Object.values(findings)
  if (values.includes('serious') || values.includes('minor')) return suggestJudgment(findings)
  return PATROL_PARTS.every((p) => findings[p]) ? 'safe' : null
}

/** Great-circle distance in metres, to flag a patrol recorded far from its house. */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6371000 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** A village's patrol figures of one month (按月统计). */
export interface MonthlyFigures {
  houses: number
  patrolled: number
  notPatrolled: number
  hazardsFound: number
  reportedToStreet: number
  evacuated: number
  streetMismatches: number
}

/** The lines of a village's monthly statistics, in the order they are shown. */
export const MONTHLY_FIGURE_ROWS: ReadonlyArray<{ key: keyof MonthlyFigures; label: string }> = [
  { key: 'houses', label: '应巡查房屋' },
  { key: 'patrolled', label: '已巡查' },
  { key: 'notPatrolled', label: '未巡查' },
  { key: 'hazardsFound', label: '发现隐患' },
  { key: 'reportedToStreet', label: '上报街道' },
  { key: 'evacuated', label: '已撤离' },
  { key: 'streetMismatches', label: '街道核查不一致' },
]
