// A new hazard case as every channel opens it: reported, with its first evidence and the
// verification deadline. Where it hangs (a house, or a household still without one) and
// who opened it differ; the rest is the same.
import type { CaseSource } from '../../../domain'
import type { CaseDoc } from '../../store/docs'

export interface OpenCaseArgs {
  caseId: string
  by: string
  atIso: string
  summary: string
  evidence: CaseDoc['evidence'][number]
  dueDate: string | null
}

export function reportedCase(args: OpenCaseArgs, source: CaseSource, where: Pick<CaseDoc, 'houseId' | 'householdId' | 'streetId' | 'villageId'>): CaseDoc {
  return {
    _id: args.caseId,
    ...where,
    source,
    stage: 'reported',
    openedAt: args.atIso,
    openedBy: args.by,
    summary: args.summary,
    evidence: [args.evidence],
    updatedAt: args.atIso,
    dueDate: args.dueDate,
  }
}
