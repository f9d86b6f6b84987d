// 纳入改造计划 (renovationPlan.*): the street's yearly list of households to renovate, with
// the method, the planned and paid funds in fen, and progress read from the case.
import { z } from 'zod'
import { PLAN_METHODS, type PlanMethod } from '../renovation'
import type { CaseStage } from '../cases'
import { id, shortText } from '../validation'
import { contract } from './define'
import type { FileLink } from '../model'

export interface PlanEntryView {
  id: string
  year: number
  villageId: string
  villageName: string
  householdId: string
  headNameMasked: string
  method: PlanMethod
  plannedFen: number
  paidFen: number
  /** Progress as the household's latest case says it; null stage when it has no case. */
  progress: { stage: CaseStage | null; label: string; caseId: string | null }
  reason: string
  addedAt: string
  addedByName: string
  /** Set on entries taken out of the plan. */
  removedReason: string | null
}

/** A plan's totals: households in it, planned and paid funds in fen, households done. */
export interface PlanTotals {
  households: number
  plannedFen: number
  paidFen: number
  done: number
}

export interface RenovationPlanView {
  year: number
  streetName: string
  entries: PlanEntryView[]
  /** Taken out of the plan this year, with the reason. */
  removed: PlanEntryView[]
  totals: PlanTotals
}

const year = () => z.number().int().min(2020).max(2100)
const fen = () => z.number().int().min(0).max(100_000_000_00)

export const renovationPlanContracts = {
  /** Street staff and leaders read their own street's; 区住建局 names a street of its district. */
  'renovationPlan.list': contract<RenovationPlanView>()({
    input: z.strictObject({ year: year(), villageId: id().optional(), streetId: id().optional() }),
    roles: ['staff', 'leader', 'district'],
    writes: false,
    example: { year: 2026 },
  }),
  'renovationPlan.add': contract<PlanEntryView>()({
    input: z.strictObject({
      /** Made by the app when the form opens, so a retried send adds the household once. */
      entryId: id(),
      year: year(),
      householdId: id(),
      method: z.enum(PLAN_METHODS),
      plannedFen: fen(),
      paidFen: fen().default(0),
      reason: shortText(200),
    }),
    roles: ['staff'],
    writes: true,
    example: { entryId: 'rp-example-1', year: 2026, householdId: 'hh-yulong-00001', method: 'rebuild', plannedFen: 3_500_000, reason: 'D 级危房，区级已批准' },
  }),
  'renovationPlan.setFunds': contract<PlanEntryView>()({
    input: z.strictObject({ entryId: id(), method: z.enum(PLAN_METHODS), plannedFen: fen(), paidFen: fen() }),
    roles: ['staff'],
    writes: true,
    example: { entryId: 'rp-example-1', method: 'rebuild', plannedFen: 3_500_000, paidFen: 1_000_000 },
  }),
  'renovationPlan.remove': contract<{ removed: boolean }>()({
    input: z.strictObject({ entryId: id(), reason: shortText(200) }),
    roles: ['staff'],
    writes: true,
    example: { entryId: 'rp-example-1', reason: '农户已投亲，不再改造' },
  }),
  'renovationPlan.export': contract<FileLink & { rows: number }>()({
    input: z.strictObject({ year: year(), streetId: id().optional() }),
    roles: ['staff', 'leader', 'district'],
    writes: true,
    example: { year: 2026 },
  }),
}
