// Evidence for a case or a disaster report: photos (stamped, see EvidencePhotos) and an
// appraisal report, picked on the phone and uploaded when the form is sent. An uploaded
// file keeps its id, so a second try sends only what is still missing.
import Taro from '@tarojs/taro'
import { uploadFile } from '../files'
import { IS_WEAPP } from '../platform'
import type { TakenPhoto } from '../photos'
import type { PhotoFacts } from '../photo-stamp'
import type { NewPhoto } from './queue-types'
import { session } from '../session'
import { uploadMissing } from './upload-loop'
import { newId } from '../ids'

export interface PickedFile {
  key: string
  /** A weapp temp path, or a Blob on h5. */
  data: string | Blob
  /** For <Image src>: the path on weapp, an object URL on h5 (photos only). */
  previewUrl: string
  /** The name sent to the host: its extension decides the file type. */
  name: string
  /** What the user recognises it by (the original file name), when known. */
  label: string
  fileId?: string
  /** When and where a stamped photo was taken (photos from the camera kit). */
  facts?: PhotoFacts
}

const extOf = (name: string) => /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase() ?? ''

/** h5: the files of an <input type="file">, named by their type so the host accepts them. */
export function pickedFromBrowser(files: File[], kind: 'photo' | 'pdf'): PickedFile[] {
  return files.map((f) => {
    const ext = kind === 'pdf' ? 'pdf' : f.type === 'image/png' ? 'png' : 'jpg'
    return { key: newId('f'), data: f, previewUrl: kind === 'photo' ? URL.createObjectURL(f) : '', name: `${kind}.${ext}`, label: f.name }
  })
}

/**
 * A stamped photo as a file to upload. The stamp writes a JPEG; a picture it could not
 * draw is kept as it came, so its name follows what it really is.
 */
export function pickedFromTaken(photo: TakenPhoto): PickedFile {
  const ext = typeof photo.data === 'string' ? extOf(photo.data) || 'jpg' : photo.data.type === 'image/png' ? 'png' : 'jpg'
  return { key: photo.key, data: photo.data, previewUrl: photo.previewUrl, name: `photo.${ext}`, label: '', facts: { takenAt: photo.takenAt, lat: photo.lat, lng: photo.lng } }
}

/** Picked photos handed to the outbox, named after the record they belong to. */
export function photosForQueue(files: PickedFile[], recordId: string, now = new Date()): NewPhoto<string | Blob>[] {
  return files.map((f, i) => ({
    data: f.data,
    fileName: `${recordId}-${i + 1}.${extOf(f.name) || 'jpg'}`,
    takenAt: f.facts?.takenAt ?? now.toISOString(),
    lat: f.facts?.lat ?? null,
    lng: f.facts?.lng ?? null,
  }))
}

/** weapp: a PDF from a chat (the usual way a report reaches a phone). */
export async function choosePdf(): Promise<PickedFile | null> {
  if (!IS_WEAPP) return null
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] })
    const f = res.tempFiles[0]
    return f ? { key: newId('f'), data: f.path, previewUrl: '', name: 'report.pdf', label: f.name } : null
  } catch {
    return null
  }
}

export type UploadOutcome = { ok: true; files: PickedFile[] } | { ok: false; files: PickedFile[]; message: string }

/** Uploads what has no file id yet; the files come back with the ids they got so far. */
export async function uploadPending(files: PickedFile[]): Promise<UploadOutcome> {
  const me = await session.loadMe()
  if (!me.ok) return { ok: false, files, message: me.message }
  const run = await uploadMissing(
    files,
    async (f) => f.data,
    async (data, f) => {
      const res = await uploadFile(me.data.userId, data, f.name)
      return res.ok ? { ok: true, data: res.data.fileId } : res
    },
  )
  return run.ok ? run : { ok: false, files: run.files, message: `第 ${run.index + 1} 个文件没有传上去：${run.message}` }
}
