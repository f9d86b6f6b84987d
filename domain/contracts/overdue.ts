// Accountability (问责, seed 七): what is overdue now and how often each village and each
// person was late in the last 12 months, with the items behind every figure.
import { z } from 'zod'
import { contract } from './define'

export const OVERDUE_KINDS = ['patrol', 'stats', 'case', 'disaster', 'report'] as const
export type OverdueKind = (typeof OVERDUE_KINDS)[number]

export const OVERDUE_KIND_LABELS: Record<OverdueKind, string> = {
  patrol: '月度巡查',
  stats: '月度统计',
  case: '隐患处置',
  disaster: '灾损上报',
  report: '季度报表',
}

/** One deadline that was missed: still open (overdue now) or done after it. */
export interface OverdueItem {
  id: string
  kind: OverdueKind
  /** The village whose work it is; the street itself for the street's own (its quarterly report). */
  villageId: string
  villageName: string
  /** Who had to act (the one who did it late, or who must do it now). */
  people: Array<{ id: string; name: string }>
  title: string
  dueDate: string
  /** The local date it was done; null while still open (or, for a month's patrols, missed for good). */
  doneOn: string | null
  overdueNow: boolean
  /** The page that shows the item. */
  page: string
}

export type OverdueCounts = Record<OverdueKind, number>

export interface OverdueTally {
  /** Open past their deadline today. */
  now: OverdueCounts
  /** Deadlines in the last 12 months that were missed (done late, still open, or missed for good). */
  late: OverdueCounts
}

export interface OverdueView {
  /** The first day of the 12 months counted. */
  since: string
  today: string
  /** The street's own row among `villages`. */
  streetId: string
  /** Each village, and first the street itself with its own work (the quarterly reports to the district). */
  villages: Array<OverdueTally & { villageId: string; villageName: string }>
  people: Array<OverdueTally & { userId: string; name: string }>
  items: OverdueItem[]
}

export const overdueContracts = {
  'overdue.summary': contract<OverdueView>()({
    input: z.strictObject({}),
    roles: ['staff', 'leader'],
    writes: false,
    example: {},
  }),
}
