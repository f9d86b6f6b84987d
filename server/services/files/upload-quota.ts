// The daily upload quota of one user (config: uploadDailyFiles, uploadDailyMb), kept in one
// document per user and local day, changed only inside a transaction.
//
// Locally the host receives every upload, so it counts there (chargeUpload) and refuses the
// one that would pass the limit. In the cloud the app uploads straight to cloud storage and
// the server never sees the upload; the quota is then enforced where the server first sees
// a file: when an action cites it. Every distinct file id an action cites that was not yet
// counted today is counted (checkUseQuota before the action, countUse after it succeeded).
// Two actions racing may pass the limit by their own files; the quota bounds a day's
// growth, it is not a bill.
import { AppError, localDate } from '../../../domain'
import type { Deps } from '../../core/deps'

const MB = 1024 * 1024

export const quotaDocId = (userId: string, day: string) => `uq-${userId}-${day}`

function refusal(deps: Deps): AppError {
  return new AppError('RATE_LIMITED', `今天上传的文件已经够多了（每人每天最多 ${deps.config.uploadDailyFiles} 个、${deps.config.uploadDailyMb} MB），请明天再上传`)
}

const overLimit = (deps: Deps, files: number, bytes: number) => files > deps.config.uploadDailyFiles || bytes > deps.config.uploadDailyMb * MB

/** Local host: counts one upload of `bytes`; RATE_LIMITED (nothing counted) past the day's limit. */
export async function chargeUpload(deps: Deps, userId: string, bytes: number): Promise<void> {
  const day = localDate(deps.clock.now())
  const id = quotaDocId(userId, day)
  await deps.store.transaction(async (tx) => {
    const col = tx.collection('uploadQuotas')
    const q = await col.get(id)
    const files = (q?.files ?? 0) + 1
    const total = (q?.bytes ?? 0) + bytes
    if (overLimit(deps, files, total)) throw refusal(deps)
    if (q) await col.update(id, { files, bytes: total })
    else await col.insert({ _id: id, userId, day, files, bytes: total, fileIds: [] })
  })
}

export interface CitedFile {
  fileId: string
  bytes: number
}

/** Cloud: the cited files not yet counted today; RATE_LIMITED when they would pass the limit. */
export async function checkUseQuota(deps: Deps, userId: string, cited: CitedFile[]): Promise<CitedFile[]> {
  const q = await deps.store.collection('uploadQuotas').get(quotaDocId(userId, localDate(deps.clock.now())))
  const seen = new Set(q?.fileIds ?? [])
  const fresh = [...new Map(cited.filter((f) => !seen.has(f.fileId)).map((f) => [f.fileId, f])).values()]
  if (fresh.length && overLimit(deps, (q?.files ?? 0) + fresh.length, (q?.bytes ?? 0) + fresh.reduce((s, f) => s + f.bytes, 0))) throw refusal(deps)
  return fresh
}

/** Cloud: counts the files an action that succeeded cited for the first time today. */
export async function countUse(deps: Deps, userId: string, fresh: CitedFile[]): Promise<void> {
  if (!fresh.length) return
  const day = localDate(deps.clock.now())
  const id = quotaDocId(userId, day)
  await deps.store.transaction(async (tx) => {
    const col = tx.collection('uploadQuotas')
    const q = await col.get(id)
    const seen = new Set(q?.fileIds ?? [])
    const add = fresh.filter((f) => !seen.has(f.fileId))
    if (!add.length) return
    const patch = { files: (q?.files ?? 0) + add.length, bytes: (q?.bytes ?? 0) + add.reduce((s, f) => s + f.bytes, 0), fileIds: [...seen, ...add.map((f) => f.fileId)] }
    if (q) await col.update(id, patch)
    else await col.insert({ _id: id, userId, day, ...patch })
  })
}
