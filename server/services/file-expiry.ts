// Files that must not be kept: an uploaded department list holds clear ID numbers and
// phones, and exports are copies of the ledger. Each is registered with the moment it
// expires; the scheduler deletes what has expired, and an import deletes its list as soon
// as it is applied or given up. Cloud storage cannot be listed, so the register is the
// only way to find these files again.
import crypto from 'node:crypto'
import type { Deps } from '../core/deps'
import type { ExpiringFileDoc } from '../store/docs'

const DAY_MS = 86_400_000
const SWEEP_LIMIT = 200

const docIdOf = (fileId: string) => `xf-${crypto.createHash('sha256').update(fileId).digest('base64url').slice(0, 32)}`

const files = (deps: Deps) => deps.store.collection('expiringFiles')

/** When a file of this kind made at `from` expires. */
export function expiryOf(deps: Deps, kind: ExpiringFileDoc['kind'], from: Date): string {
  const days = kind === 'upload' ? deps.config.uploadKeepDays : deps.config.exportKeepDays
  return new Date(from.getTime() + days * DAY_MS).toISOString()
}

/** Registers a file for deletion when its kind's days have passed; returns the expiry. */
export async function expireLater(deps: Deps, fileId: string, kind: ExpiringFileDoc['kind']): Promise<string> {
  const expiresAt = expiryOf(deps, kind, deps.clock.now())
  const _id = docIdOf(fileId)
  // A retried call registers the same file once, keeping the earlier expiry.
  if (!(await files(deps).get(_id))) await files(deps).set({ _id, fileId, kind, expiresAt })
  return expiresAt
}

/** Deletes a file now, and its registration. */
export async function deleteNow(deps: Deps, fileId: string): Promise<void> {
  await deps.files.remove(fileId)
  await files(deps).remove(docIdOf(fileId))
}

/**
 * Deletes a file whose work is over. A failure is logged, not thrown: the registration
 * stays, so the scheduler deletes the file later.
 */
export async function discard(deps: Deps, fileId: string): Promise<void> {
  try {
    await deleteNow(deps, fileId)
  } catch (err) {
    deps.log.error('file not deleted, left to the scheduler', { file: fileId, error: err instanceof Error ? err.message : String(err) })
  }
}

/** Deletes the files whose time has come; a file that cannot be deleted is tried again next time. */
export async function sweepExpiredFiles(deps: Deps): Promise<number> {
  const due = await files(deps).find({ where: { expiresAt: { $lte: deps.clock.now().toISOString() } }, orderBy: [['expiresAt', 'asc']], limit: SWEEP_LIMIT })
  let deleted = 0
  for (const f of due) {
    try {
      await deleteNow(deps, f.fileId)
      deleted++
    } catch (err) {
      deps.log.error('expired file not deleted', { file: f.fileId, error: err instanceof Error ? err.message : String(err) })
    }
  }
  return deleted
}
