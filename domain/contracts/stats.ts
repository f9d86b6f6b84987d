// Village figures (stats.*): grade counts and the monthly patrol statistics.
import { z } from 'zod'
import { id, longText } from '../validation'
import { contract } from './define'
import { month } from './fields'
import type { Grade } from '../enums'
import type { MonthlyFigures } from '../patrol'

export interface VillageCounts {
  villageId: string
  villageName: string
  households: number
  houses: number
  byGrade: Record<Grade | 'none', number>
  occupiedDangerous: number
}

export interface MonthlyStatsView {
  villageId: string
  villageName: string
  month: string
  /** Computed from the data now. */
  live: MonthlyFigures
  /** The latest submitted version, frozen; corrections are new versions. */
  submitted: { version: number; figures: MonthlyFigures; submittedAt: string; submittedBy: string; late: boolean; note: string } | null
  versions: number
  deadline: string
}

export const statsContracts = {
  'stats.monthly': contract<MonthlyStatsView>()({
    input: z.strictObject({ villageId: id(), month: month() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { villageId: 'v-yulong', month: '2026-11' },
  }),
  'stats.monthlySubmit': contract<MonthlyStatsView>()({
    input: z.strictObject({ submissionId: id(), villageId: id(), month: month(), note: longText(200).default('') }),
    roles: ['inspector'],
    writes: true,
    example: { submissionId: 'ms-example-1', villageId: 'v-yulong', month: '2026-11', note: '' },
  }),
  'stats.villageCounts': contract<VillageCounts[]>()({
    input: z.strictObject({}),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: {},
  }),
}
