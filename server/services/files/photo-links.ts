// Links to stored photos for the pages that show them. A photo that is gone (deleted, lost)
// or whose stored id was never valid is shown as missing — the page still opens for
// everyone, instead of failing as a whole on one bad id.
import { parseFileId } from '../../../domain'
import type { Deps } from '../../core/deps'

export interface PhotoLink {
  fileId: string
  /** null when the photo is missing. */
  url: string | null
  missing: boolean
}

export async function photoLink(deps: Deps, fileId: string, ttlSeconds = 3600): Promise<PhotoLink> {
  const parsed = parseFileId(fileId)
  const runtimeStore = deps.config.mode === 'local' ? 'local' : 'cloud'
  if (!parsed.ok || parsed.file.kind !== 'photo' || parsed.file.store !== runtimeStore) return { fileId, url: null, missing: true }
  try {
    return { fileId, url: await deps.files.tempUrl(fileId, ttlSeconds), missing: false }
  } catch (err) {
    deps.log.info('photo not available', { fileId, error: err instanceof Error ? err.message : String(err) })
    return { fileId, url: null, missing: true }
  }
}

export const photoLinks = (deps: Deps, fileIds: string[]): Promise<PhotoLink[]> => Promise.all(fileIds.map((f) => photoLink(deps, f)))
