// Quarters ("2026-Q4") in Asia/Shanghai calendar dates, and the plan's deadline for the
// quarterly report to the district: a configurable number of days after the quarter ends.
import dayjs from 'dayjs'

/** The quarter a local date (YYYY-MM-DD) falls in. */
export function quarterOfDate(date: string): string {
  const d = dayjs(date)
  return `${d.year()}-Q${Math.floor(d.month() / 3) + 1}`
}

/** The quarter `delta` quarters from `quarter` (-1: the one before). */
export function shiftQuarterBy(quarter: string, delta: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + delta
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
}

/** The quarter's last local day: 2026-Q4 → 2026-12-31. */
export function quarterLastDay(quarter: string): string {
  const first = dayjs(`${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`)
  return first.add(2, 'month').endOf('month').format('YYYY-MM-DD')
}

/** The last local day the quarter's report may reach the district. */
export function quarterReportDue(quarter: string, dueDays: number): string {
  return dayjs(quarterLastDay(quarter)).add(dueDays, 'day').format('YYYY-MM-DD')
}

/** Whether the quarter is over on this local date. */
export const quarterEnded = (quarter: string, today: string): boolean => today > quarterLastDay(quarter)

/** The most recent quarter that is over on this local date. */
export const lastEndedQuarter = (today: string): string => shiftQuarterBy(quarterOfDate(today), -1)

/** How many days after `dueDate` a thing done on `doneOn` came (local dates); 0 on or before it. */
export function daysLate(dueDate: string, doneOn: string): number {
  return Math.max(0, dayjs(doneOn).diff(dayjs(dueDate), 'day'))
}

const QUARTER_NAMES = ['一', '二', '三', '四']

/** The quarter in words: 2026-Q4 → 2026年第四季度. */
export const quarterWords = (quarter: string): string => `${quarter.slice(0, 4)}年第${QUARTER_NAMES[Number(quarter.slice(6)) - 1] ?? ''}季度`
