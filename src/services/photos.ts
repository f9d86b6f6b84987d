// Evidence photos on h5: the files chosen in an <input type="file"> (the camera on a
// phone, or the album: stamped 相册照片 with the picture's own time), scaled down and stamped on an offscreen <canvas> before they are kept, so the
// picture itself says when and where it was taken. WeChat's are in photos.weapp.ts.
import { shanghaiIso } from '../format/time'
import { newId } from './ids'
import { JPEG_QUALITY, drawStamp, fit, stampLines, type PhotoFacts, type PhotoPlatform, type TakenPhoto } from './photo-stamp'
import { albumFacts, albumStampLines } from './album-photo'
import { sha256Hex } from './sha256'

export type { PhotoData, PhotoSource, StampInfo, TakenPhoto } from './photo-stamp'

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

async function bytesOf(file: Blob): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await file.arrayBuffer())
  } catch {
    return null
  }
}

export const stampFiles: PhotoPlatform['stampFiles'] = async (files, info, source) => {
  const out: TakenPhoto[] = []
  for (const file of files) {
    // The original bytes, read before the stamp changes them: its hash, and an album picture's own time.
    const original = await bytesOf(file)
    const at = new Date()
    const facts: Required<PhotoFacts> =
      source === 'album'
        ? original
          ? albumFacts(original, file.lastModified)
          : { takenAt: file.lastModified > 0 ? shanghaiIso(new Date(file.lastModified)) : null, lat: null, lng: null, album: true, originalSha256: null }
        : { takenAt: shanghaiIso(at), lat: info.fix?.lat ?? null, lng: info.fix?.lng ?? null, album: false, originalSha256: original ? sha256Hex(original) : null }
    let data: Blob
    try {
      data = await stampBlob(file, source === 'album' ? albumStampLines(facts.takenAt, info) : stampLines(at, info))
    } catch {
      // An image the browser cannot draw is kept as it is rather than lost.
      data = file
    }
    out.push({ key: newId('ph'), data, previewUrl: URL.createObjectURL(data), ...facts })
  }
  return out
}

/** The browser has no chooseMedia: photos come from the file input (stampFiles). */
export const takePhotos: PhotoPlatform['takePhotos'] = async () => []

export const releasePhoto: PhotoPlatform['releasePhoto'] = (photo) => {
  if (photo.previewUrl.startsWith('blob:')) URL.revokeObjectURL(photo.previewUrl)
}
