// Evidence photos in the mini-program: taken with the camera (or picked from the album:
// stamped 相册照片 with the picture's own time) through chooseMedia, scaled down and stamped on an offscreen Canvas 2D, and written under the
// user data path before they are kept. The stamped image is the one uploaded. The browser's
// are in photos.ts (Taro builds this file in its place for weapp).
import Taro from '@tarojs/taro'
import { ensureDir, draftsDir } from './offline/store.weapp'
import { shanghaiIso } from '../format/time'
import { newId } from './ids'
import { PermissionRefused, classifyWxFailure } from './permissions'
import { JPEG_QUALITY, drawStamp, fit, stampLines, type PhotoFacts, type PhotoPlatform, type StampCtx, type TakenPhoto } from './photo-stamp'
import { albumFacts, albumStampLines } from './album-photo'
import { sha256Hex } from './sha256'

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

function originalBytes(path: string): Uint8Array | null {
  try {
    return new Uint8Array(Taro.getFileSystemManager().readFileSync(path) as ArrayBuffer)
  } catch {
    return null
  }
}

/**
 * weapp: camera or album through chooseMedia, then the stamp. An empty list when the
 * person cancelled; PermissionRefused when WeChat or the phone refused the camera or the
 * album, or the privacy agreement was declined, so the screen can say what to do.
 */
export const takePhotos: PhotoPlatform['takePhotos'] = async (source, count, info) => {
  let paths: string[]
  try {
    // An album picture as it is: WeChat's compression drops the Exif that says when it was taken.
    const res = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType: [source], sizeType: [source === 'album' ? 'original' : 'compressed'], camera: 'back' })
    paths = res.tempFiles.map((f) => f.tempFilePath)
  } catch (err) {
    const failure = classifyWxFailure(err)
    if (failure === 'denied') throw new PermissionRefused('camera')
    if (failure === 'privacy') throw new PermissionRefused('privacy')
    return []
  }
  const out: TakenPhoto[] = []
  for (const path of paths) {
    // The original bytes, read before the stamp: their hash, and an album picture's own time.
    // chooseMedia and getFileInfo tell nothing of when a picture was taken, and the temp
    // copy's file date is the moment it was picked: only the picture's Exif can say.
    const original = originalBytes(path)
    const at = new Date()
    const facts: Required<PhotoFacts> =
      source === 'album'
        ? original
          ? albumFacts(original, null)
          : { takenAt: null, lat: null, lng: null, album: true, originalSha256: null }
        : { takenAt: shanghaiIso(at), lat: info.fix?.lat ?? null, lng: info.fix?.lng ?? null, album: false, originalSha256: original ? sha256Hex(original) : null }
    let data = path
    try {
      data = await stampPath(path, source === 'album' ? albumStampLines(facts.takenAt, info) : stampLines(at, info))
    } catch {
      // Keep the unstamped picture rather than lose the evidence.
    }
    out.push({ key: newId('ph'), data, previewUrl: data, ...facts })
  }
  return out
}

/** WeChat has no file input: photos come from chooseMedia (takePhotos). */
export const stampFiles: PhotoPlatform['stampFiles'] = async () => []

/** A weapp path holds nothing to free. */
export const releasePhoto: PhotoPlatform['releasePhoto'] = () => undefined
