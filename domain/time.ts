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

/** ISO 8601 of an instant with the +08:00 offset, to the second, as the contracts take it. */
export function localIso(at: Date): string {
  return `${wallClock(at).slice(0, 19)}${ZONE_OFFSET}`
}

/** The instant of a wall-clock day (YYYY-MM-DD) and time (HH:mm) in Asia/Shanghai, or null when either is malformed. */
export function fromLocal(day: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  const t = /^(\d{1,2}):(\d{2})$/.exec(time)
  if (!d || !t) return null
  return new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2])) - OFFSET_MS)
}

/** A calendar date as people write it in a message: 12月5日 (the year only when not this one). */
export function plainDate(ymd: string, today?: string): string {
  const [y, m, d] = ymd.split('-').map(Number)
  const prefix = today && today.slice(0, 4) !== ymd.slice(0, 4) ? `${y}年` : ''
  return `${prefix}${m}月${d}日`
}

/** A month (YYYY-MM) as people write it in a message: 11月 (the year only when not this one). */
export function plainMonth(ym: string, today?: string): string {
  const prefix = today && today.slice(0, 4) !== ym.slice(0, 4) ? `${Number(ym.slice(0, 4))}年` : ''
  return `${prefix}${Number(ym.slice(5, 7))}月`
}

/** An instant as people write it in a message, in Beijing time: 11月29日 10:00. */
export function plainDateTime(at: Date, today?: string): string {
  const w = localDateTime(at)
  return `${plainDate(w.slice(0, 10), today)} ${w.slice(11)}`
}
