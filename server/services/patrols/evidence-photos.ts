// Photos as evidence: each must be within the size limit and taken no later than the record
// it supports (that it is a picture the caller uploaded, dispatch checks for every action:
// services/files/own-files). Its content hash is kept, and a picture already used
// elsewhere is marked as reused: by the uploaded file's hash, and by the hash of the
// original picture the phone took before stamping it (an album picture picked twice gets
// two different stamps, so only the original's hash sees it is the same picture).
import crypto from 'node:crypto'
import { AppError } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { TxStore } from '../../ports/store'
import type { PhotoRef } from '../../store/docs'

export interface PhotoInput {
  fileId: string
  /** null for an album picture whose time the phone does not know. */
  takenAt: string | null
  lat: number | null
  lng: number | null
  album?: boolean
  originalSha256?: string | null
}

/** Checks every photo and returns their references; throws before anything is written. */
export async function checkPhotos(deps: Deps, userId: string, photos: PhotoInput[], recordedAt: Date): Promise<PhotoRef[]> {
  const refs: PhotoRef[] = []
  for (const [i, p] of photos.entries()) {
    const label = `第 ${i + 1} 张照片`
    const file = await deps.files.get(p.fileId)
    if (!file) throw new AppError('VALIDATION', `${label}没有上传成功，请重新拍照`)
    if (file.bytes.length > deps.config.photoMaxBytes) throw new AppError('VALIDATION', `${label}太大，最大 ${Math.round(deps.config.photoMaxBytes / 1024 / 1024)} MB`)
    if (p.takenAt && new Date(p.takenAt).getTime() > recordedAt.getTime() + 5 * 60_000) throw new AppError('VALIDATION', `${label}的拍摄时间晚于记录时间`)
    const sha256 = crypto.createHash('sha256').update(file.bytes).digest('hex')
    refs.push({ fileId: p.fileId, sha256, takenAt: p.takenAt, lat: p.lat, lng: p.lng, reused: false, album: p.album ?? false, originalSha256: p.originalSha256 ?? null })
  }
  return refs
}

/** Records first use of each photo inside the caller's transaction; marks reuse. */
export async function recordPhotoUse(tx: TxStore, refs: PhotoRef[], usedIn: string, atIso: string): Promise<PhotoRef[]> {
  const uses = tx.collection('photoUses')
  const out: PhotoRef[] = []
  for (const r of refs) {
    const keys = [...new Set([r.sha256, r.originalSha256].filter((k): k is string => !!k))]
    const priors = await Promise.all(keys.map((k) => uses.get(k)))
    if (priors.some((p) => p && p.firstUsedIn !== usedIn)) out.push({ ...r, reused: true })
    else {
      for (const [i, k] of keys.entries()) if (!priors[i]) await uses.insert({ _id: k, firstUsedIn: usedIn, at: atIso })
      out.push(r)
    }
  }
  return out
}
