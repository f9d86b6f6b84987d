// The quarterly report (report.*): made by street staff, approved by the street leader,
// submitted to and received by the district housing bureau.
import { z } from 'zod'
import { id, longText, shortText } from '../validation'
import { contract } from './define'
import type { FileLink, QuarterlyTotals } from '../model'

/** Where a quarterly report stands on its way to the district. */
export const REPORT_FLOW_STATES = ['draft', 'awaitingApproval', 'returned', 'submitted', 'received'] as const
export type ReportFlowState = (typeof REPORT_FLOW_STATES)[number]

export const REPORT_FLOW_LABELS: Record<ReportFlowState, string> = {
  draft: '未报送',
  awaitingApproval: '待领导审核',
  returned: '领导已退回',
  submitted: '已报送区住建局',
  received: '区住建局已接收',
}

/** Who moved the report and when (names as shown in timelines). */
export interface ReportFlowView {
  note: string
  sentBy: string | null
  sentAt: string | null
  returnedBy: string | null
  returnedAt: string | null
  returnReason: string | null
  submittedBy: string | null
  submittedAt: string | null
  receivedBy: string | null
  receivedAt: string | null
}

export interface QuarterlyReportView {
  id: string
  streetId: string
  streetName: string
  quarter: string
  phase: 'collecting' | 'writing' | 'done' | 'failed'
  progress: number
  totals: QuarterlyTotals | null
  file: FileLink | null
  /** Why there is no file any more (it expired and was deleted), in plain words. */
  fileNote: string | null
  createdAt: string
  failure: string | null
  /** For a quarter that is over: when its figures were frozen; null while the quarter runs (today's figures). */
  frozenAt: string | null
  flowState: ReportFlowState
  flow: ReportFlowView
  /** The last day it may reach the district. */
  dueDate: string
  /** Past its due date and not submitted yet. */
  overdue: boolean
  /** Once submitted: how many days after its due date it reached the district (0: on time); null before. */
  lateDays: number | null
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
    roles: ['staff', 'leader', 'district'],
    writes: false,
    example: { reportId: 'rep-example-1' },
  }),
  'report.quarterlyList': contract<QuarterlyReportView[]>()({
    input: z.strictObject({}),
    roles: ['staff', 'leader'],
    writes: false,
    example: {},
  }),
  /** Street staff ask the leader to approve a finished report of a quarter that is over. */
  'report.quarterlySend': contract<QuarterlyReportView>()({
    input: z.strictObject({ reportId: id(), note: longText(200).default('') }),
    roles: ['staff'],
    writes: true,
    example: { reportId: 'rep-example-1', note: '' },
  }),
  /** The street leader approves: the report goes to the district. */
  'report.quarterlyApprove': contract<QuarterlyReportView>()({
    input: z.strictObject({ reportId: id() }),
    roles: ['leader'],
    writes: true,
    example: { reportId: 'rep-example-1' },
  }),
  /** The street leader sends it back to staff, saying why. */
  'report.quarterlyReturn': contract<QuarterlyReportView>()({
    input: z.strictObject({ reportId: id(), reason: shortText(100) }),
    roles: ['leader'],
    writes: true,
    example: { reportId: 'rep-example-1', reason: '请核对C级危房数' },
  }),
  /** The district housing bureau marks a submitted report received. */
  'report.quarterlyReceive': contract<QuarterlyReportView>()({
    input: z.strictObject({ reportId: id() }),
    roles: ['district'],
    writes: true,
    example: { reportId: 'rep-example-1' },
  }),
}
