// Times, days and money as the people of 巴川街道 read them: Beijing time (a fixed +08:00,
// whatever zone the phone is in), dates as 2026年11月28日, money in yuan from integer fen.
const OFFSET_MS = 8 * 3600_000
const pad = (n: number) => String(n).padStart(2, '0')

function shanghai(at: Date) {
  const d = new Date(at.getTime() + OFFSET_MS)
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes() }
}

/** An ISO instant as 2026年11月28日 10:05, Beijing time. */
export function timeText(iso: string | null): string {
  const t = iso ? Date.parse(iso) : NaN
  if (Number.isNaN(t)) return ''
  const p = shanghai(new Date(t))
  return `${p.y}年${p.mo}月${p.d}日 ${pad(p.h)}:${pad(p.mi)}`
}

/** "2026-11-28", or the Beijing date of an ISO instant, as 2026年11月28日. */
export function dayText(value: string | null | undefined): string {
  if (!value) return ''
  const t = value.length > 10 ? Date.parse(value) : NaN
  if (!Number.isNaN(t)) {
    const p = shanghai(new Date(t))
    return `${p.y}年${p.mo}月${p.d}日`
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : ''
}

/** Today in Beijing as 2026-11-28, moved by `days`. */
export function todayPlus(days = 0, now = new Date()): string {
  const p = shanghai(new Date(now.getTime() + days * 86_400_000))
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}`
}

/** Integer fen as yuan with two decimals: 3500000 → "35000.00". */
export const yuanText = (fen: number | null | undefined): string => (fen == null ? '' : `${(fen / 100).toFixed(2)} 元`)

/** What was typed as yuan ("3.5", "35000.00") in integer fen, or null when it is not an amount. */
export function yuanToFen(text: string): number | null {
  const t = text.trim()
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(t)) return null
  return Math.round(Number(t) * 100)
}
