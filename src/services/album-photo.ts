// A picture picked from the album shows another moment than now: its stamp says 相册照片
// and the time the picture itself carries (its Exif DateTimeOriginal, else the file's date),
// and nothing of where the phone is now. Its original bytes are hashed before the stamp
// changes them, so the same picture picked twice is recognised. Pure: the platform files
// (photos.ts, photos.weapp.ts) bring the bytes.
import { localDateTime, localIso } from '@domain'
import type { PhotoFacts, StampInfo } from './photo-stamp'
import { sha256Hex } from './sha256'

type Reader = { u16(at: number): number; u32(at: number): number; size: number }

function tiffReader(b: Uint8Array, start: number, end: number): Reader | null {
  if (end - start < 8) return null
  const le = b[start] === 0x49 && b[start + 1] === 0x49
  if (!le && !(b[start] === 0x4d && b[start + 1] === 0x4d)) return null
  const size = end - start
  const at = (o: number, n: number) => (o >= 0 && o + n <= size ? start + o : -1)
  const u16 = (o: number) => {
    const p = at(o, 2)
    if (p < 0) throw new RangeError('exif')
    return le ? b[p]! | (b[p + 1]! << 8) : (b[p]! << 8) | b[p + 1]!
  }
  const u32 = (o: number) => {
    const p = at(o, 4)
    if (p < 0) throw new RangeError('exif')
    return (le ? (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16)) + b[p + 3]! * 0x1000000 : b[p]! * 0x1000000 + ((b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!))
  }
  const r = { u16, u32, size }
  return u16(2) === 42 ? r : null
}

/** The entries of one IFD as tag → [type, count, where its value is]. */
function ifd(r: Reader, offset: number): Map<number, { type: number; count: number; at: number }> {
  const out = new Map<number, { type: number; count: number; at: number }>()
  const n = r.u16(offset)
  for (let i = 0; i < n; i++) {
    const e = offset + 2 + i * 12
    const type = r.u16(e + 2)
    const count = r.u32(e + 4)
    out.set(r.u16(e), { type, count, at: type === 2 && count > 4 ? r.u32(e + 8) : e + 8 })
  }
  return out
}

function ascii(b: Uint8Array, start: number, r: Reader, entry: { type: number; count: number; at: number } | undefined): string | null {
  if (!entry || entry.type !== 2 || entry.at + entry.count > r.size) return null
  let s = ''
  for (let i = 0; i < entry.count && b[start + entry.at + i] !== 0; i++) s += String.fromCharCode(b[start + entry.at + i]!)
  return s.trim()
}

/** "2026:10:03 14:20:00" (and "+02:00" when the camera wrote its offset) as ISO in Beijing time. */
function exifInstant(text: string | null, offset: string | null): string | null {
  const m = text ? /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(text) : null
  if (!m) return null
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number]
  if (y < 1990 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null
  const zone = offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '+08:00'
  const t = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`)
  return Number.isNaN(t) ? null : localIso(new Date(t))
}

/** When a JPEG's own Exif says it was taken, in Beijing time; null when it does not say. */
export function exifTakenAt(b: Uint8Array): string | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null
  let i = 2
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]!
    if (marker === 0xda || marker === 0xd9) return null
    const len = (b[i + 2]! << 8) | b[i + 3]!
    if (marker === 0xe1 && String.fromCharCode(...b.subarray(i + 4, i + 10)) === 'Exif\0\0') {
      try {
        const start = i + 10
        const r = tiffReader(b, start, Math.min(b.length, i + 2 + len))
        if (!r) return null
        const main = ifd(r, r.u32(4))
        const exifAt = main.get(0x8769)
        const exif = exifAt ? ifd(r, r.u32(exifAt.at)) : new Map()
        return exifInstant(ascii(b, start, r, exif.get(0x9003)), ascii(b, start, r, exif.get(0x9011))) ?? exifInstant(ascii(b, start, r, main.get(0x0132)), null)
      } catch {
        return null
      }
    }
    i += 2 + len
  }
  return null
}

/** What is kept of an album picture: its own time (Exif, else the file's date), no position, its original hash. */
export function albumFacts(original: Uint8Array, fileTimeMs: number | null): Required<PhotoFacts> {
  const takenAt = exifTakenAt(original) ?? (fileTimeMs && fileTimeMs > 0 ? localIso(new Date(fileTimeMs)) : null)
  return { takenAt, lat: null, lng: null, album: true, originalSha256: sha256Hex(original) }
}

/** The stamp of an album picture: 相册照片, the picture's own time or 不详, and who picked it. */
export function albumStampLines(takenAt: string | null, info: StampInfo): string[] {
  const who = info.who.trim()
  return ['相册照片', `拍摄时间 ${takenAt ? localDateTime(new Date(takenAt)) : '不详'}`, who ? `${who} · 安居哨` : '安居哨']
}
