// Which open cases each case figure counts. The dashboard's 危房改造 card, its stage row,
// the village table, the counters and the quarterly report all ask here, so a label
// like 改造中 means one set of cases wherever it is shown.
import { CASE_STAGES, OPEN_CASE_STAGES, type CaseStage } from '../cases'

/** The renovation, from 纳入改造 to 竣工验收: open cases, each also shown by its own stage. */
export const RENOVATION_STAGES: readonly CaseStage[] = ['renovationPlanned', 'renovating', 'accepted']

/** The one name of the three renovation stages together (never 改造中, which is one stage). */
export const IN_RENOVATION_LABEL = '改造在办'

/** True while the case is in the renovation (纳入改造, 改造中 or 竣工验收). */
export const isInRenovation = (stage: CaseStage): boolean => RENOVATION_STAGES.includes(stage)

/** The close route whose cases are counted as 已改造. */
export const RENOVATED_ROUTE = 'renovated'

/** The open stages a figure row shows, in the order of the case: only those with cases. */
export function openStageRows(byStage: Partial<Record<CaseStage, number>>): Array<{ stage: CaseStage; count: number }> {
  return OPEN_CASE_STAGES.flatMap((stage) => ((byStage[stage] ?? 0) > 0 ? [{ stage, count: byStage[stage]! }] : []))
}

/** The renovation card's rows: every renovation stage, even at 0, in the case's order. */
export function renovationRows(byStage: Partial<Record<CaseStage, number>>): Array<{ stage: CaseStage; count: number }> {
  return CASE_STAGES.filter(isInRenovation).map((stage) => ({ stage, count: byStage[stage] ?? 0 }))
}

/** How many open cases are in the renovation, from the per-stage counts. */
export const inRenovationCount = (byStage: Partial<Record<CaseStage, number>>): number => renovationRows(byStage).reduce((a, r) => a + r.count, 0)
