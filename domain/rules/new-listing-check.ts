// A newly listed household's house must be checked by a day of the month (default the
// 20th, Chongqing practice: lists arrive by the 5th, checks done by the 20th). Listed
// after that day, the check falls due on that day of the next month.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

export const ZONE = 'Asia/Shanghai'

/** The local calendar date (YYYY-MM-DD) of an instant in Asia/Shanghai. */
export function localDate(at: Date): string {
  return dayjs(at).tz(ZONE).format('YYYY-MM-DD')
}

/** Local date and time (YYYY-MM-DD HH:mm, Asia/Shanghai) of an instant, for messages. */
export function localDateTime(at: Date): string {
  return dayjs(at).tz(ZONE).format('YYYY-MM-DD HH:mm')
}

export function newListingCheckDue(listedAt: Date, dueDay: number): string {
  const local = dayjs(localDate(listedAt))
  const thisMonth = local.date(Math.min(dueDay, local.daysInMonth()))
  if (local.date() <= dueDay) return thisMonth.format('YYYY-MM-DD')
  const next = local.startOf('month').add(1, 'month')
  return next.date(Math.min(dueDay, next.daysInMonth())).format('YYYY-MM-DD')
}
