// Photos as evidence: each must be an image the caller uploaded, within the size limit,
// taken no later than the record it supports. Its content hash is kept, and a picture
// already used elsewhere is marked as reused.
import crypto from 'node:crypto'
import { AppError } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { TxStore } from '../../ports/store'
import type { PhotoRef, PhotoUseDoc } from '../../store/docs'

export interface PhotoInput {
  fileId: string
  takenAt: string
  lat: number | null
  lng: number | null
}

const isJpeg = (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff
const isPng = (b: Buffer) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))

/** Checks every photo and returns their references; throws before anything is written. */
export async function checkPhotos(deps: Deps, userId: string, photos: PhotoInput[], recordedAt: Date): Promise<PhotoRef[]> {
  const refs: PhotoRef[] = []
  for (const [i, p] of photos.entries()) {
    const label = `第 ${i + 1} 张照片`
    if (!p.fileId.includes(`uploads/${userId}/`)) throw new AppError('FORBIDDEN', `${label}不是您上传的`)
    const file = await deps.files.get(p.fileId)
    if (!file) throw new AppError('VALIDATION', `${label}没有上传成功，请重新拍照`)
    if (!isJpeg(file.bytes) && !isPng(file.bytes)) throw new AppError('VALIDATION', `${label}不是图片`)
    if (file.bytes.length > deps.config.photoMaxBytes) throw new AppError('VALIDATION', `${label}太大，最大 ${Math.round(deps.config.photoMaxBytes / 1024 / 1024)} MB`)
    if (new Date(p.takenAt).getTime() > recordedAt.getTime() + 5 * 60_000) throw new AppError('VALIDATION', `${label}的拍摄时间晚于记录时间`)
    refs.push({ fileId: p.fileId, sha256: crypto.createHash('sha256').update(file.bytes).digest('hex'), takenAt: p.takenAt, lat: p.lat, lng: p.lng, reused: false })
  }
  return refs
}

/** Records first use of each photo inside the caller's transaction; marks reuse. */
export async function recordPhotoUse(tx: TxStore, refs: PhotoRef[], usedIn: string, atIso: string): Promise<PhotoRef[]> {
  const uses = tx.collection<PhotoUseDoc>('photoUses')
  const out: PhotoRef[] = []
  for (const r of refs) {
    const prior = await uses.get(r.sha256)
    if (prior && prior.firstUsedIn !== usedIn) out.push({ ...r, reused: true })
    else {
      if (!prior) await uses.insert({ _id: r.sha256, firstUsedIn: usedIn, at: atIso })
      out.push(r)
    }
  }
  return out
}
