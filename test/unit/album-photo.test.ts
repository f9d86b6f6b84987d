// A picture picked from the album: stamped 相册照片 with the file's own time (its Exif
// DateTimeOriginal, else the file's date), never with now and where the phone is now; and
// the hash of its original bytes, so the same picture picked twice is recognised.
import crypto from 'node:crypto'
import { albumFacts, albumStampLines, exifTakenAt } from '../../src/services/album-photo'
import { sha256Hex } from '../../src/services/sha256'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

/** A JPEG start, an Exif APP1 with the given IFD0 and Exif IFD entries (ASCII values), then the rest. */
function jpegWithExif(opts: { bigEndian?: boolean; ifd0?: Record<number, string>; exif?: Record<number, string> }): Uint8Array {
  const le = !opts.bigEndian
  const ifd0 = Object.entries(opts.ifd0 ?? {}).map(([t, v]) => [Number(t), v] as const)
  const exif = Object.entries(opts.exif ?? {}).map(([t, v]) => [Number(t), v] as const)
  const hasExif = exif.length > 0
  const ifd0Count = ifd0.length + (hasExif ? 1 : 0)
  const ifd0Size = 2 + ifd0Count * 12 + 4
  const exifStart = 8 + ifd0Size
  const exifSize = hasExif ? 2 + exif.length * 12 + 4 : 0
  let dataAt = exifStart + exifSize
  const out = Buffer.alloc(dataAt + [...ifd0, ...exif].reduce((n, [, v]) => n + v.length + 1, 0))
  const u16 = (v: number, at: number) => (le ? out.writeUInt16LE(v, at) : out.writeUInt16BE(v, at))
  const u32 = (v: number, at: number) => (le ? out.writeUInt32LE(v, at) : out.writeUInt32BE(v, at))
  out.write(le ? 'II' : 'MM', 0, 'latin1')
  u16(42, 2)
  u32(8, 4)
  const entries = (list: ReadonlyArray<readonly [number, string]>, at: number, extra?: [number, number]) => {
    const all = extra ? [...list.map((e) => ['s', ...e] as const), ['p', extra[0], extra[1]] as const] : list.map((e) => ['s', ...e] as const)
    u16(all.length, at)
    all.forEach((e, i) => {
      const p = at + 2 + i * 12
      u16(e[1], p)
      if (e[0] === 'p') {
        u16(4, p + 2)
        u32(1, p + 4)
        u32(e[2] as number, p + 8)
      } else {
        const text = `${e[2]}\0`
        u16(2, p + 2)
        u32(text.length, p + 4)
        u32(dataAt, p + 8)
        out.write(text, dataAt, 'latin1')
        dataAt += text.length
      }
    })
    u32(0, at + 2 + all.length * 12)
  }
  entries(ifd0, 8, hasExif ? [0x8769, exifStart] : undefined)
  if (hasExif) entries(exif, exifStart)
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), out])
  const app1 = Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff])
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46]), app1, body, Buffer.from([0xff, 0xda, 0x00, 0x02, 0xff, 0xd9])]))
}

describe('the time an album picture was taken, from its Exif', () => {
  it('reads DateTimeOriginal as Beijing time', () => {
    expect(exifTakenAt(jpegWithExif({ exif: { 0x9003: '2026:10:03 14:20:00' } }))).toBe('2026-10-03T14:20:00+08:00')
  })

  it('reads a big-endian (Motorola) Exif block too', () => {
    expect(exifTakenAt(jpegWithExif({ bigEndian: true, exif: { 0x9003: '2025:06:30 07:05:09' } }))).toBe('2025-06-30T07:05:09+08:00')
  })

  it('honours the offset the camera wrote beside it', () => {
    expect(exifTakenAt(jpegWithExif({ exif: { 0x9003: '2026:10:03 08:20:00', 0x9011: '+02:00' } }))).toBe('2026-10-03T14:20:00+08:00')
  })

  it('falls back to the picture\'s DateTime when there is no DateTimeOriginal', () => {
    expect(exifTakenAt(jpegWithExif({ ifd0: { 0x0132: '2026:09:01 09:00:00' } }))).toBe('2026-09-01T09:00:00+08:00')
  })

  it('says nothing for a picture without Exif, a blank date or bytes that are not a JPEG', () => {
    expect(exifTakenAt(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9]))).toBeNull()
    expect(exifTakenAt(jpegWithExif({ exif: { 0x9003: '0000:00:00 00:00:00' } }))).toBeNull()
    expect(exifTakenAt(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull()
    expect(exifTakenAt(jpegWithExif({ exif: { 0x9003: '2026:10:03 14:20:00' } }).slice(0, 30))).toBeNull()
  })
})

describe('what is kept of an album picture', () => {
  const bytes = jpegWithExif({ exif: { 0x9003: '2026:10:03 14:20:00' } })

  it('its own time, no position, and the hash of its original bytes', () => {
    expect(albumFacts(bytes, Date.parse('2026-11-01T00:00:00Z'))).toEqual({
      takenAt: '2026-10-03T14:20:00+08:00',
      lat: null,
      lng: null,
      album: true,
      originalSha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    })
  })

  it('the file\'s date when the picture carries no Exif time; none when neither is known', () => {
    const plain = new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9])
    expect(albumFacts(plain, Date.parse('2026-11-01T02:00:00Z')).takenAt).toBe('2026-11-01T10:00:00+08:00')
    expect(albumFacts(plain, null).takenAt).toBeNull()
  })
})

describe('the stamp on an album picture', () => {
  it('says 相册照片 and the picture\'s own time, and never where the phone is now', () => {
    const lines = albumStampLines('2026-10-03T14:20:00+08:00', { who: '巡查员 王某', fix: { lat: 29.75, lng: 106.05, accuracy: 10 } })
    expect(lines).toEqual(['相册照片', '拍摄时间 2026-10-03 14:20', '巡查员 王某 · 安居哨'])
  })

  it('says the time is not known rather than using now', () => {
    expect(albumStampLines(null, { who: '', fix: null })).toEqual(['相册照片', '拍摄时间 不详', '安居哨'])
  })
})

describe('SHA-256 in the app (WeChat has no crypto.subtle)', () => {
  it('matches Node\'s for empty, short, block-edge and large inputs', () => {
    for (const n of [0, 3, 55, 56, 63, 64, 65, 1000, 300_001]) {
      const data = crypto.randomBytes(n)
      expect(sha256Hex(new Uint8Array(data))).toBe(crypto.createHash('sha256').update(data).digest('hex'))
    }
  })
})
