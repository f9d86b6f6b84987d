// 人不进危房: which lived-in houses belong on the critical list. An appraised C/D house,
// and a house a patrol judged 疑似危房 from that moment until an appraisal after that
// patrol settles its grade (a 疑似危房 must not wait for the appraisal to be evacuated).
import type { Grade, Occupancy } from '../enums'
import type { Judgment } from '../patrol'

export interface CriticalFacts {
  grade: Grade | null
  gradedAt: string | null
  occupancy: Occupancy
  lastJudgment: Judgment | null
  lastPatrolAt: string | null
  retiredAt: string | null
}

export type CriticalReason = 'graded' | 'suspected'

export function criticalReason(h: CriticalFacts): CriticalReason | null {
  if (h.occupancy !== 'occupied' || h.retiredAt) return null
  if (h.grade === 'C' || h.grade === 'D') return 'graded'
  if (h.lastJudgment !== 'suspectedDanger' || !h.lastPatrolAt) return null
  const appraisedSince = h.grade !== null && h.gradedAt !== null && Date.parse(h.gradedAt) >= Date.parse(h.lastPatrolAt)
  return appraisedSince ? null : 'suspected'
}
