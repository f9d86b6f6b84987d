// Times as the people in 巴川街道 read them (Asia/Shanghai, no daylight saving: a fixed
// +08:00), whatever zone the phone or the test machine is set to; and client-made ids.
import { newClientId } from '../../services/ids'

const OFFSET_MS = 8 * 3600_000
const pad = (n: number) => String(n).padStart(2, '0')

function parts(at: Date) {
  const d = new Date(at.getTime() + OFFSET_MS)
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds() }
}

/** ISO 8601 with the +08:00 offset, as the contracts take it. */
export function shanghaiIso(at: Date): string {
  const p = parts(at)
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}+08:00`
}

/** "2026-11-29 08:46", for stamps and lists. */
export function shanghaiText(at: Date): string {
  const p = parts(at)
  return `${p.y}-${pad(p.mo)}-${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}`
}

/** "2026-11". */
export function shanghaiMonth(at: Date): string {
  const p = parts(at)
  return `${p.y}-${pad(p.mo)}`
}

/** "11月29日 08:46" from any ISO instant; empty for null. */
export function shortTime(iso: string | null): string {
  if (!iso) return ''
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return ''
  const p = parts(new Date(t))
  return `${p.mo}月${p.d}日 ${pad(p.h)}:${pad(p.mi)}`
}

/** A record id made on the phone, by the one secure id maker: prefix-time-random. */
export function newId(prefix: string): string {
  return newClientId(prefix)
}
