// The district housing bureau's view (district.*): every street of its district, read only,
// a street's figures village by village, and the quarterly reports the streets submitted.
import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import type { QuarterlyReportView, ReportFlowState } from './report'
import type { StreetFigures } from '../model'
import type { PlanTotals } from './renovation-plan'

/** The figures the district reads, each in its own unit (户, 栋 or 件, said on the screen). */
export interface DistrictFigures extends StreetFigures {
  renovated: number
  patrolledThisMonth: number
}

export interface DistrictStreetRow {
  streetId: string
  streetName: string
  villages: number
  figures: DistrictFigures
  /** The last quarter that is over: where its report stands. */
  report: { quarter: string; state: ReportFlowState; reportId: string | null; submittedAt: string | null; dueDate: string; overdue: boolean; lateDays: number | null }
  /** This year's renovation plan of the street, the totals of the list it opens. */
  plan: PlanTotals & { year: number }
}

export interface DistrictSummary {
  asOf: string
  districtName: string
  /** The last quarter that is over, whose reports are due. */
  quarter: string
  totals: DistrictFigures
  streets: DistrictStreetRow[]
  /** Reports submitted and not yet received. */
  waiting: number
}

export interface DistrictStreetView {
  asOf: string
  streetId: string
  streetName: string
  districtName: string
  totals: DistrictFigures
  villages: Array<{ villageId: string; villageName: string; figures: DistrictFigures }>
}

export const districtContracts = {
  'district.summary': contract<DistrictSummary>()({
    input: z.strictObject({}),
    roles: ['district'],
    writes: false,
    example: {},
  }),
  'district.street': contract<DistrictStreetView>()({
    input: z.strictObject({ streetId: id() }),
    roles: ['district'],
    writes: false,
    example: { streetId: 's-bachuan' },
  }),
  /** The inbox: reports submitted by the district's streets, waiting ones first. */
  'district.reports': contract<QuarterlyReportView[]>()({
    input: z.strictObject({}),
    roles: ['district'],
    writes: false,
    example: {},
  }),
}
