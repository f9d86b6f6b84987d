// Local time of the plan: Asia/Shanghai. China has kept UTC+8 all year since 1991 (no
// daylight saving), so the local calendar of any instant the system records is a fixed
// shift of UTC. Shifting is exact and cheap; the zone database lookup behind
// dayjs().tz() costs tens of microseconds and sat on every request's path.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

export const ZONE = 'Asia/Shanghai'
export const ZONE_OFFSET = '+08:00'
const OFFSET_MS = 8 * 3600_000

/** The instant's wall clock in Asia/Shanghai, as an ISO string without zone: YYYY-MM-DDTHH:mm:ss.sss */
function wallClock(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString()
}

/** The local calendar date (YYYY-MM-DD) of an instant in Asia/Shanghai. */
export function localDate(at: Date): string {
  return wallClock(at).slice(0, 10)
}

/** Local date and time (YYYY-MM-DD HH:mm, Asia/Shanghai) of an instant, for messages. */
export function localDateTime(at: Date): string {
  const w = wallClock(at)
  return `${w.slice(0, 10)} ${w.slice(11, 16)}`
}
