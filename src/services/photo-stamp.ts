// The stamp on every evidence photo — time in Beijing time, place, who — drawn as a dark
// band across the bottom of the picture, and the photo type shared by every form. Pure:
// the platform files (photos.ts for the browser, photos.weapp.ts for WeChat) bring the
// canvas, the camera and the files.
import { shanghaiText } from '../format/time'
import { fixText, type Fix } from './location'
import { palette } from '../styles/theme'

/** A weapp file path, or a Blob on h5. */
export type PhotoData = string | Blob

export interface TakenPhoto {
  key: string
  data: PhotoData
  /** For <Image src>: the path itself on weapp, an object URL on h5. */
  previewUrl: string
  /** Camera: now. Album: the picture's own time (album-photo.ts), null when unknown. */
  takenAt: string | null
  lat: number | null
  lng: number | null
  /** Picked from the album, not taken with the camera now. */
  album: boolean
  /** SHA-256 of the picture before the stamp: the server's reuse check sees the same picture twice. */
  originalSha256: string | null
}

/**
 * Where and when a photo was taken: what the server keeps beside its file id. Album and
 * hash are absent on photos an older app version left in the outbox.
 */
export type PhotoFacts = Pick<TakenPhoto, 'takenAt' | 'lat' | 'lng'> & Partial<Pick<TakenPhoto, 'album' | 'originalSha256'>>

export interface StampInfo {
  /** e.g. "巡查员 王某" or "农户 张某". */
  who: string
  fix: Fix | null
}

/** Where a picture comes from: the camera now, or the album (stamped 相册照片 with its own time). */
export type PhotoSource = 'camera' | 'album'

/** What each platform file gives the forms: the same three functions on both builds. */
export interface PhotoPlatform {
  /** weapp: camera or album through chooseMedia, then the stamp; nothing on h5. */
  takePhotos(source: PhotoSource, count: number, info: StampInfo): Promise<TakenPhoto[]>
  /** h5: stamps the files chosen in an <input type="file"> (the camera's, or the album's); nothing on weapp. */
  stampFiles(files: File[], info: StampInfo, source: PhotoSource): Promise<TakenPhoto[]>
  /** Frees what a preview holds (h5 object URLs): of a photo, or of any picked file. */
  releasePhoto(photo: Pick<TakenPhoto, 'previewUrl'>): void
}

/** Long side after scaling: sharp enough for cracks, small enough for a weak signal. */
const MAX_SIDE = 1600
export const JPEG_QUALITY = 0.82

/** The few members of a 2D context the stamp needs, shared by the browser and WeChat. */
export interface StampCtx {
  fillStyle: unknown
  font: string
  textBaseline: unknown
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  drawImage(image: unknown, x: number, y: number, w: number, h: number): void
}

export function stampLines(at: Date, info: StampInfo): string[] {
  const place = info.fix ? `${fixText(info.fix)}（±${info.fix.accuracy}米）` : '无定位'
  // A user not loaded yet still gets a stamp with time and place rather than none.
  const who = info.who.trim()
  return [`时间 ${shanghaiText(at)}`, `位置 ${place}`, who ? `${who} · 安居哨` : '安居哨']
}

export function fit(width: number, height: number): { w: number; h: number } {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height, 1))
  return { w: Math.max(1, Math.round(width * scale)), h: Math.max(1, Math.round(height * scale)) }
}

/** A dark band across the bottom with white text, sized to the picture. */
export function drawStamp(ctx: StampCtx, w: number, h: number, lines: string[]): void {
  const size = Math.max(16, Math.round(Math.min(w, h) / 22))
  const lineH = Math.round(size * 1.35)
  const pad = Math.round(size * 0.6)
  const bandH = lines.length * lineH + pad * 2
  ctx.fillStyle = 'rgba(0, 0, 0, 0.55)'
  ctx.fillRect(0, h - bandH, w, bandH)
  ctx.fillStyle = palette.textInverse
  ctx.font = `${size}px sans-serif`
  ctx.textBaseline = 'top'
  lines.forEach((line, i) => ctx.fillText(line, pad, h - bandH + pad + i * lineH))
}
