// Pictures for the demo's seeded records: a small drawing of a house with a crack, a
// little different each time. Evidence photos must be real images, and a picture used
// twice is flagged as reused, so every seeded record gets its own.
import zlib from 'node:zlib'

const W = 240
const H = 180

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** The colour of pixel (x, y) of picture `n`: sky, a hillside, a wall with a roof and a crack. */
function pixel(n: number, x: number, y: number): [number, number, number] {
  const wallLeft = 60 + (n % 5) * 6
  const wallRight = wallLeft + 110
  const eaves = 70
  const crackX = wallLeft + 30 + ((n * 17) % 50) + Math.round((y - eaves) / 3)
  if (y >= eaves && y < 160 && x >= wallLeft && x < wallRight) {
    if (Math.abs(x - crackX) <= 1 && y < 150) return [60, 50, 45]
    const shade = 200 - (n % 7) * 8
    return [shade, shade - 30, shade - 60]
  }
  const roofHalf = (wallRight - wallLeft) / 2 + 12
  const mid = (wallLeft + wallRight) / 2
  if (y >= 30 && y < eaves && Math.abs(x - mid) <= ((y - 30) / (eaves - 30)) * roofHalf) return [110, 60 + (n % 4) * 10, 50]
  if (y >= 140) return [90 + (n % 3) * 10, 120, 60]
  return [150 + Math.round(y / 3), 190 + Math.round(y / 6), 235]
}

export function demoPhoto(n: number): Buffer {
  const raw = Buffer.alloc((W * 3 + 1) * H)
  for (let y = 0; y < H; y++) {
    raw[y * (W * 3 + 1)] = 0
    for (let x = 0; x < W; x++) raw.set(pixel(n, x, y), y * (W * 3 + 1) + 1 + x * 3)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(W, 0)
  header.writeUInt32BE(H, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}
