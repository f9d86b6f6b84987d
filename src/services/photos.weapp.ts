// Evidence photos in the mini-program: taken with the camera (or picked) through
// chooseMedia, scaled down and stamped on an offscreen Canvas 2D, and written under the
// user data path before they are kept. The stamped image is the one uploaded. The browser's
// are in photos.ts (Taro builds this file in its place for weapp).
import Taro from '@tarojs/taro'
import { ensureDir, draftsDir } from './offline/store.weapp'
import { shanghaiIso } from '../format/time'
import { newId } from './ids'
import { PermissionRefused, classifyWxFailure } from './permissions'
import { JPEG_QUALITY, drawStamp, fit, stampLines, type PhotoPlatform, type StampCtx, type TakenPhoto } from './photo-stamp'

export type { PhotoData, PhotoSource, StampInfo, TakenPhoto } from './photo-stamp'

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

/**
 * weapp: camera or album through chooseMedia, then the stamp. An empty list when the
 * person cancelled; PermissionRefused when WeChat or the phone refused the camera or the
 * album, or the privacy agreement was declined, so the screen can say what to do.
 */
export const takePhotos: PhotoPlatform['takePhotos'] = async (source, count, info) => {
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

/** WeChat has no file input: photos come from chooseMedia (takePhotos). */
export const stampFiles: PhotoPlatform['stampFiles'] = async () => []

/** A weapp path holds nothing to free. */
export const releasePhoto: PhotoPlatform['releasePhoto'] = () => undefined
