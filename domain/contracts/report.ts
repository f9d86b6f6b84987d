// The quarterly report (report.*).
import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import type { QuarterlyReportView } from '../model'

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
