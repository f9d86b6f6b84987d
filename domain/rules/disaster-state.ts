// Where a disaster's damage reporting stands. The plan gives villages until the due date
// (the day itself included); a village is finished when its inspector says 本村上报完毕,
// and later finds may still be reported.
import type { DisasterState } from '../model'

/** A village that has not said it is finished, once the due date is behind it. */
export const villageReportOverdue = (done: boolean, dueDate: string, today: string): boolean => !done && today > dueDate

/** The state over every village the disaster covers. */
export function disasterState(villageIds: readonly string[], villagesDone: Readonly<Record<string, string>>, dueDate: string, today: string): DisasterState {
  if (villageIds.every((v) => villagesDone[v])) return 'done'
  return today > dueDate ? 'overdue' : 'reporting'
}
