// Every date and time the app shows or sends, in Asia/Shanghai (a fixed +08:00, see
// domain/time.ts) whatever zone the phone is set to, so "today" and "this month" are the
// same on every screen and on the server.
import { fromLocal, localDate, localDateTime, localIso, quarterWords } from '@domain'

const pad = (n: number) => String(n).padStart(2, '0')

/** Year, month, day, hour, minute of an ISO instant in Beijing time; null when it is not one. */
function partsOf(iso: string | null | undefined) {
  const t = iso ? Date.parse(iso) : NaN
  if (Number.isNaN(t)) return null
  const w = localDateTime(new Date(t))
  return { y: Number(w.slice(0, 4)), mo: Number(w.slice(5, 7)), d: Number(w.slice(8, 10)), hm: w.slice(11, 16) }
}

/** ISO 8601 with the +08:00 offset, as the contracts take it. */
export const shanghaiIso = (at: Date): string => localIso(at)

/** "2026-11-29 08:46", for stamps and lists. */
export const shanghaiText = (at: Date): string => localDateTime(at)

/** "11月29日 08:46" from any ISO instant; empty for null. */
export function shortTime(iso: string | null): string {
  const p = partsOf(iso)
  return p ? `${p.mo}月${p.d}日 ${p.hm}` : ''
}

/** An ISO instant as 2026年11月28日 10:05. */
export function timeText(iso: string | null): string {
  const p = partsOf(iso)
  return p ? `${p.y}年${p.mo}月${p.d}日 ${p.hm}` : ''
}

/** "2026-11-28", or the Beijing date of an ISO instant, as 2026年11月28日. */
export function dayText(value: string | null | undefined): string {
  if (!value) return ''
  const p = value.length > 10 ? partsOf(value) : null
  if (p) return `${p.y}年${p.mo}月${p.d}日`
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : ''
}

/** Today in Beijing as 2026-11-28, moved by `days`. */
export const todayPlus = (days = 0, now = new Date()): string => localDate(new Date(now.getTime() + days * 86_400_000))

/** 2026-11-29: the Beijing day of an instant. */
export const localDay = (d: Date): string => localDate(d)

/** 09:30: the Beijing time of an instant. */
export const localTime = (d: Date): string => localDateTime(d).slice(11, 16)

/** A day (2026-11-29) and a time (09:30) picked separately, as one Beijing instant. */
export const fromDayAndTime = (day: string, time: string): Date | null => fromLocal(day, time)

/** The whole minute now: the forms show minutes only. */
export function nowToMinute(): Date {
  const d = new Date()
  d.setSeconds(0, 0)
  return d
}

export const addHours = (d: Date, hours: number) => new Date(d.getTime() + hours * 3600_000)

// ---- Months ("2026-11") and quarters ("2026-Q4") as the backend speaks them.

/** This month in Beijing: "2026-11". */
export const currentMonth = (now = new Date()): string => localDate(now).slice(0, 7)

export function shiftMonth(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

/** "2026-11" as 2026年11月. */
export function monthText(month: string): string {
  const [y, m] = month.split('-')
  return `${y}年${Number(m)}月`
}

/** This quarter in Beijing: "2026-Q4". */
export function currentQuarter(now = new Date()): string {
  const day = localDate(now)
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`
}

export function shiftQuarter(quarter: string, delta: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + delta
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
}

/** "2026-Q4" as 2026年第四季度 (the server's words too). */
export const quarterText = quarterWords
