// The entries of a .zip held in memory (an .xlsx is one), found through its central
// directory, so that each entry can be inflated on its own, in any order, and only as far
// as it is read.
import { Readable } from 'node:stream'
import { createInflateRaw } from 'node:zlib'

/** The bytes are not a zip this reader understands. */
export class BadZip extends Error {}

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  localOffset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const FULL32 = 0xffffffff

/** 64-bit sizes and offsets of a Zip64 extra field, for the fields the record left at 0xFFFFFFFF. */
function zip64(extra: Buffer, uncompressed: number, compressed: number, offset: number): { compressed: number; offset: number } {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at)
    const size = extra.readUInt16LE(at + 2)
    if (id === 0x0001) {
      let p = at + 4
      const next = () => {
        const v = Number(extra.readBigUInt64LE(p))
        p += 8
        return v
      }
      if (uncompressed === FULL32) next()
      return { compressed: compressed === FULL32 ? next() : compressed, offset: offset === FULL32 ? next() : offset }
    }
    at += 4 + size
  }
  return { compressed, offset }
}

export function zipEntries(bytes: Buffer): Map<string, ZipEntry> {
  // The end record is in the last 22 bytes plus a comment of at most 65,535.
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i
      break
    }
  }
  if (end < 0) throw new BadZip('no end of central directory')
  const count = bytes.readUInt16LE(end + 10)
  let at = bytes.readUInt32LE(end + 16)
  const entries = new Map<string, ZipEntry>()
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new BadZip('broken central directory')
    const nameLength = bytes.readUInt16LE(at + 28)
    const extraLength = bytes.readUInt16LE(at + 30)
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength)
    const { compressed, offset } = zip64(extra, bytes.readUInt32LE(at + 24), bytes.readUInt32LE(at + 20), bytes.readUInt32LE(at + 42))
    // Some writers (ExcelJS's streaming one among them) store names with a leading slash.
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\/+/, '')
    entries.set(name, { name, method: bytes.readUInt16LE(at + 10), compressedSize: compressed, localOffset: offset })
    at += 46 + nameLength + extraLength + bytes.readUInt16LE(at + 32)
  }
  return entries
}

/** The entry's bytes as stored (compressed), without copying them. */
export function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw new BadZip(`broken entry ${entry.name}`)
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28)
  return bytes.subarray(start, start + entry.compressedSize)
}

/** The entry's content, inflated as it is read. */
export function entryStream(bytes: Buffer, entry: ZipEntry): Readable {
  const data = entryData(bytes, entry)
  if (entry.method === 0) return Readable.from([data])
  if (entry.method === 8) return Readable.from([data]).pipe(createInflateRaw())
  throw new BadZip(`unsupported compression ${entry.method} of ${entry.name}`)
}
