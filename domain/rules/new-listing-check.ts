// A newly listed household's house must be checked by a day of the month (default the
// 20th, Chongqing practice: lists arrive by the 5th, checks done by the 20th). Listed
// after that day, the check falls due on that day of the next month.
import dayjs from 'dayjs'
import { localDate } from '../time'

export function newListingCheckDue(listedAt: Date, dueDay: number): string {
  const local = dayjs(localDate(listedAt))
  const thisMonth = local.date(Math.min(dueDay, local.daysInMonth()))
  if (local.date() <= dueDay) return thisMonth.format('YYYY-MM-DD')
  const next = local.startOf('month').add(1, 'month')
  return next.date(Math.min(dueDay, next.daysInMonth())).format('YYYY-MM-DD')
}
