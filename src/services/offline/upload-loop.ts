// The one resumable upload loop: the outbox's queued photos and the files of a case form or
// a disaster report go up through it. Each file that got its id keeps it, so a second try
// sends only what is still missing; the first failure stops the run.

/** One upload as the loop sees it; a throw counts as "no network". */
export type UploadStep = { ok: true; data: string } | { ok: false; code: string; message: string }

export type UploadRun<F> =
  | { ok: true; files: F[] }
  /** `index` is the file that failed; `missing` when its bytes are gone from the phone. */
  | { ok: false; files: F[]; index: number; missing: boolean; code: string; message: string }

const NO_NETWORK = { code: 'UNAVAILABLE', message: '网络不好，稍后自动重试' }

/**
 * Uploads, in order, each file without a file id. `read` gives its bytes (null when they are
 * gone); `saved` hears the list each time a file got its id, so a stop part-way loses none.
 */
export async function uploadMissing<F extends { fileId?: string | null }, D>(
  files: F[],
  read: (file: F) => Promise<D | null>,
  upload: (data: D, file: F) => Promise<UploadStep>,
  saved?: (files: F[]) => Promise<void>,
): Promise<UploadRun<F>> {
  let current = files
  for (const [i, file] of files.entries()) {
    if (file.fileId) continue
    const data = await read(file).catch(() => null)
    if (data === null) return { ok: false, files: current, index: i, missing: true, code: 'VALIDATION', message: '' }
    const up = await upload(data, file).catch((): UploadStep => ({ ok: false, ...NO_NETWORK }))
    if (!up.ok) return { ok: false, files: current, index: i, missing: false, code: up.code, message: up.message }
    current = current.map((f, j) => (j === i ? { ...f, fileId: up.data } : f))
    await saved?.(current)
  }
  return { ok: true, files: current }
}
