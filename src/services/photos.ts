// Evidence photos: taken with the camera (or picked), scaled down, and stamped with a
// visible band — time in Beijing time, place, who — before they are kept, so the picture
// itself says when and where it was taken. The stamped image is the one uploaded.
import Taro from '@tarojs/taro'
import { ensureDir, draftsDir } from '../features/offline/weapp-store'
import { newId, shanghaiIso, shanghaiText } from '../features/offline/time'
import { fixText, type Fix } from './location'
import { PermissionRefused, classifyWxFailure } from './permissions'
import { IS_WEAPP } from './platform'
import { palette } from '../styles/theme'

/** A weapp file path, or a Blob on h5. */
export type PhotoData = string | Blob

export interface TakenPhoto {
  key: string
  data: PhotoData
  /** For <Image src>: the path itself on weapp, an object URL on h5. */
  previewUrl: string
  takenAt: string
  lat: number | null
  lng: number | null
}

export interface StampInfo {
  /** e.g. "巡查员 王某" or "农户 张某". */
  who: string
  fix: Fix | null
}

/** Long side after scaling: sharp enough for cracks, small enough for a weak signal. */
const MAX_SIDE = 1600
const JPEG_QUALITY = 0.82

/** The few members of a 2D context the stamp needs, shared by the browser and WeChat. */
interface StampCtx {
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

function fit(width: number, height: number): { w: number; h: number } {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height, 1))
  return { w: Math.max(1, Math.round(width * scale)), h: Math.max(1, Math.round(height * scale)) }
}

/** A dark band across the bottom with white text, sized to the picture. */
function drawStamp(ctx: StampCtx, w: number, h: number, lines: string[]): void {
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

// ---- h5: an offscreen <canvas> element, exported as a JPEG Blob.

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('image failed to load'))
    img.src = url
  })
}

async function stampBlob(file: Blob, lines: string[]): Promise<Blob> {
  const url = URL.createObjectURL(file)
  try {
    const img = await loadImage(url)
    const { w, h } = fit(img.naturalWidth, img.naturalHeight)
    const canvas = document.createElement('canvas')
    canvas.width = w
    canvas.height = h
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no 2d context')
    ctx.drawImage(img, 0, 0, w, h)
    drawStamp(ctx, w, h, lines)
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', JPEG_QUALITY))
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** h5: stamps the files chosen in an <input type="file">. */
export async function stampFiles(files: File[], info: StampInfo): Promise<TakenPhoto[]> {
  const out: TakenPhoto[] = []
  for (const file of files) {
    const at = new Date()
    let data: Blob
    try {
      data = await stampBlob(file, stampLines(at, info))
    } catch {
      // An image the browser cannot draw is kept as it is rather than lost.
      data = file
    }
    out.push({ key: newId('ph'), data, previewUrl: URL.createObjectURL(data), takenAt: shanghaiIso(at), lat: info.fix?.lat ?? null, lng: info.fix?.lng ?? null })
  }
  return out
}

// ---- weapp: an offscreen Canvas 2D, written as a JPEG under the user data path.

interface WxOffscreen {
  getContext(type: '2d'): StampCtx
  createImage(): { onload: (() => void) | null; onerror: ((e: unknown) => void) | null; src: string }
  toDataURL?(type: string, quality: number): string
}

async function stampPath(src: string, lines: string[]): Promise<string> {
  const info = await Taro.getImageInfo({ src })
  const { w, h } = fit(info.width, info.height)
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width: w, height: h }) as unknown as WxOffscreen
  const ctx = canvas.getContext('2d')
  const img = canvas.createImage()
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve()
    img.onerror = reject
    img.src = src
  })
  ctx.drawImage(img, 0, 0, w, h)
  drawStamp(ctx, w, h, lines)
  ensureDir(draftsDir())
  const target = `${draftsDir()}/${newId('ph')}.jpg`
  try {
    const res = await Taro.canvasToTempFilePath({ canvas: canvas as unknown as Taro.Canvas, fileType: 'jpg', quality: JPEG_QUALITY })
    Taro.getFileSystemManager().saveFileSync(res.tempFilePath, target)
  } catch {
    // Older base libraries cannot export an offscreen canvas: go through a data URL.
    const dataUrl = canvas.toDataURL?.('image/jpeg', JPEG_QUALITY)
    if (!dataUrl) throw new Error('canvas export unavailable')
    Taro.getFileSystemManager().writeFileSync(target, dataUrl.replace(/^data:image\/\w+;base64,/, ''), 'base64')
  }
  return target
}

/** Where chooseMedia may take a picture from; 'either' lets WeChat ask camera or album. */
export type PhotoSource = 'camera' | 'album' | 'either'

/**
 * weapp: camera or album through chooseMedia, then the stamp. An empty list when the
 * person cancelled; PermissionRefused when WeChat or the phone refused the camera or the
 * album, or the privacy agreement was declined, so the screen can say what to do.
 */
export async function takePhotos(source: PhotoSource, count: number, info: StampInfo): Promise<TakenPhoto[]> {
  if (!IS_WEAPP) return []
  let paths: string[]
  try {
    const sourceType: Array<'camera' | 'album'> = source === 'either' ? ['camera', 'album'] : [source]
    const res = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType, sizeType: ['compressed'], camera: 'back' })
    paths = res.tempFiles.map((f) => f.tempFilePath)
  } catch (err) {
    const failure = classifyWxFailure(err)
    if (failure === 'denied') throw new PermissionRefused('camera')
    if (failure === 'privacy') throw new PermissionRefused('privacy')
    return []
  }
  const out: TakenPhoto[] = []
  for (const path of paths) {
    const at = new Date()
    let data = path
    try {
      data = await stampPath(path, stampLines(at, info))
    } catch {
      // Keep the unstamped picture rather than lose the evidence.
    }
    out.push({ key: newId('ph'), data, previewUrl: data, takenAt: shanghaiIso(at), lat: info.fix?.lat ?? null, lng: info.fix?.lng ?? null })
  }
  return out
}

/** Frees what a preview holds (h5 object URLs). */
export function releasePhoto(photo: TakenPhoto): void {
  if (!IS_WEAPP && photo.previewUrl.startsWith('blob:')) URL.revokeObjectURL(photo.previewUrl)
}
