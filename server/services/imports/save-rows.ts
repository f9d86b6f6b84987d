// Writes an import's rows. Ids are deterministic, so a chunk that runs again after a
// failure rewrites the same rows instead of adding new ones.
import { AppError } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { ImportRowDoc } from '../../store/docs'

/**
 * Replaces rows, config.importTxRows per transaction: one write each outside a
 * transaction would commit each row on its own, which on SQLite is most of the cost.
 */
export async function rewriteRows(deps: Deps, rows: ImportRowDoc[]): Promise<void> {
  const perTx = deps.config.importTxRows
  for (let i = 0; i < rows.length; i += perTx) {
    const part = rows.slice(i, i + perTx)
    await deps.store.transaction(async (tx) => {
      const col = tx.collection('importRows')
      for (const r of part) await col.set(r)
    })
  }
}

/** Saves rows made for the first time; after a crash some may exist, and then all are rewritten. */
export async function insertRows(deps: Deps, rows: ImportRowDoc[]): Promise<void> {
  try {
    await deps.store.collection('importRows').insertMany(rows)
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err
    await rewriteRows(deps, rows)
  }
}
