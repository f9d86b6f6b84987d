// 立即组织人员撤离, 设立警示标志和隔离围栏: the measures recorded on a case one by one,
// before or after the appraisal. Each record adds its measure to what the case already has.
import type { CaseEmergency } from '../../../domain'

export const NO_MEASURES: CaseEmergency = { evacuated: false, evacuatedOn: null, livingNow: 'stillInside', signPosted: false, fenced: false }

export type MeasureRecord = { kind: string; evacuatedOn?: string; livingNow?: string }

export function emergencyPatch(input: MeasureRecord): Partial<CaseEmergency> | null {
  if (input.kind === 'evacuation') return { evacuated: true, evacuatedOn: input.evacuatedOn!, livingNow: input.livingNow! }
  if (input.kind === 'warningSign') return { signPosted: true }
  if (input.kind === 'fence') return { fenced: true }
  return null
}
