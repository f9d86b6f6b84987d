// Instants for the alert and disaster forms: what the phone shows is its local time, and
// what goes to the server is the same instant with the phone's offset (e.g. +08:00).
const pad = (n: number) => String(n).padStart(2, '0')

/** 2026-11-29T09:30:00+08:00 for the phone's local time. */
export function isoWithOffset(d: Date): string {
  const off = -d.getTimezoneOffset()
  const sign = off >= 0 ? '+' : '-'
  const abs = Math.abs(off)
  return `${localDay(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/** 2026-11-29 on the phone's calendar. */
export const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`

/** 09:30 on the phone's clock. */
export const localTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`

/** A day (2026-11-29) and a time (09:30) picked separately, as one local instant. */
export function fromDayAndTime(day: string, time: string): Date | null {
  const [y, m, dd] = day.split('-').map(Number)
  const [h, mi] = time.split(':').map(Number)
  if (!y || !m || !dd || h === undefined || mi === undefined || Number.isNaN(h) || Number.isNaN(mi)) return null
  return new Date(y, m - 1, dd, h, mi)
}

/** The whole minute now: the forms show minutes only. */
export function nowToMinute(): Date {
  const d = new Date()
  d.setSeconds(0, 0)
  return d
}

export const addHours = (d: Date, hours: number) => new Date(d.getTime() + hours * 3600_000)

/** 11月29日 09:30 — short enough for a list row. */
export function shortDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return `${d.getMonth() + 1}月${d.getDate()}日 ${localTime(d)}`
}
