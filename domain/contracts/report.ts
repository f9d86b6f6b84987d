// The quarterly report (report.*).
import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import type { FileLink, QuarterlyTotals } from '../model'

export interface QuarterlyReportView {
  id: string
  quarter: string
  phase: 'collecting' | 'writing' | 'done' | 'failed'
  progress: number
  totals: QuarterlyTotals | null
  file: FileLink | null
  /** Why there is no file any more (it expired and was deleted), in plain words. */
  fileNote: string | null
  createdAt: string
  failure: string | null
}

const quarter = () => z.string().regex(/^\d{4}-Q[1-4]$/)

export const reportContracts = {
  'report.quarterlyStart': contract<QuarterlyReportView>()({
    input: z.strictObject({ reportId: id(), quarter: quarter() }),
    roles: ['staff'],
    writes: true,
    example: { reportId: 'rep-example-1', quarter: '2026-Q4' },
  }),
  'report.quarterlyStep': contract<QuarterlyReportView>()({
    input: z.strictObject({ reportId: id() }),
    roles: ['staff'],
    writes: true,
    example: { reportId: 'rep-example-1' },
  }),
  'report.quarterlyGet': contract<QuarterlyReportView>()({
    input: z.strictObject({ reportId: id() }),
    roles: ['staff', 'leader'],
    writes: false,
    example: { reportId: 'rep-example-1' },
  }),
  'report.quarterlyList': contract<QuarterlyReportView[]>()({
    input: z.strictObject({}),
    roles: ['staff', 'leader'],
    writes: false,
    example: {},
  }),
}
