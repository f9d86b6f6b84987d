import type { Collection } from '../../ports/store'
import type { ImportRowDoc } from '../../store/docs'

/**
 * Saves a batch of rows. Ids are deterministic, so a chunk that is run again after a
 * failure rewrites the same rows instead of adding new ones.
 */
export async function saveRows(col: Collection<ImportRowDoc>, rows: ImportRowDoc[]): Promise<void> {
  try {
    await col.insertMany(rows)
  } catch {
    for (const r of rows) await col.set(r)
  }
}
