// Orders an inspector's monthly list: the houses most likely to hurt someone first. The
// weights are configuration; this is the rule that applies them.
import type { Grade } from '../enums'
import type { Judgment } from '../patrol'

export interface RiskWeights {
  gradeD: number
  gradeC: number
  gradeB: number
  openCase: number
  olderThan30Years: number
  renovatedBefore: number
  siteHazard: number
  lastFindingHazard: number
  lastFindingSuspected: number
  occupied: number
}

export const DEFAULT_RISK_WEIGHTS: RiskWeights = {
  gradeD: 100,
  gradeC: 70,
  gradeB: 20,
  openCase: 60,
  olderThan30Years: 15,
  renovatedBefore: 5,
  siteHazard: 40,
  lastFindingHazard: 25,
  lastFindingSuspected: 50,
  occupied: 10,
}

export interface RiskFacts {
  grade: Grade | null
  openCase: boolean
  yearBuilt: number
  currentYear: number
  renovatedBefore: boolean
  siteHazard: boolean
  lastJudgment: Judgment | null
  occupied: boolean
}

export function riskScore(f: RiskFacts, w: RiskWeights = DEFAULT_RISK_WEIGHTS): number {
  let score = 0
  if (f.grade === 'D') score += w.gradeD
  else if (f.grade === 'C') score += w.gradeC
  else if (f.grade === 'B') score += w.gradeB
  if (f.openCase) score += w.openCase
  if (f.currentYear - f.yearBuilt > 30) score += w.olderThan30Years
  if (f.renovatedBefore) score += w.renovatedBefore
  if (f.siteHazard) score += w.siteHazard
  if (f.lastJudgment === 'hazard') score += w.lastFindingHazard
  if (f.lastJudgment === 'suspectedDanger') score += w.lastFindingSuspected
  // Danger matters most where people are inside.
  if (f.occupied && score > 0) score += w.occupied
  return score
}

export type MapStatus = 'safe' | 'watch' | 'hazard' | 'dangerous' | 'evacuated'

export const MAP_STATUS_LABELS: Record<MapStatus, string> = {
  safe: '安全',
  watch: '需关注',
  hazard: '有隐患',
  dangerous: 'C/D级有人住',
  evacuated: '已撤离',
}

/** One colour per house: the most urgent thing about it wins. */
export function mapStatus(h: { grade: Grade | null; occupancy: string; openCaseId: string | null; lastJudgment: Judgment | null }): MapStatus {
  const dangerous = h.grade === 'C' || h.grade === 'D'
  if (dangerous && h.occupancy === 'occupied') return 'dangerous'
  if (h.occupancy === 'evacuated') return 'evacuated'
  if (dangerous || h.openCaseId || (h.lastJudgment && h.lastJudgment !== 'safe')) return 'hazard'
  if (h.grade === 'B' || h.grade === null) return 'watch'
  return 'safe'
}
