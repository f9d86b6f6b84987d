// The villages whose dashboard counters must be counted again, kept in the database so
// that a process that stops before its recount (a crash, a cloud instance reclaimed)
// loses none: the next tick counts every marked village. A mark is written in the same
// transaction as the change (see TrackingStore), and cleared only when nothing marked
// the village again while it was being counted (its revision is unchanged).
import type { Store, TxStore } from '../ports/store'

const MAX_LISTED = 5000

export class DirtyMarks {
  constructor(private readonly store: Store) {}

  /** Marks the villages inside the transaction that changes them. */
  static async markIn(tx: TxStore, villages: Iterable<string>): Promise<void> {
    for (const v of villages) await tx.collection('dirtyVillages').set({ _id: v, markedAt: Date.now() })
  }

  /** Marks the villages on their own (around writes that cannot share a transaction). */
  async mark(villages: Iterable<string>): Promise<void> {
    for (const v of villages) await this.store.collection('dirtyVillages').set({ _id: v, markedAt: Date.now() })
  }

  /** Every marked village with the revision of its mark. */
  async list(): Promise<Map<string, number>> {
    const docs = await this.store.collection('dirtyVillages').find({ where: { markedAt: { $gt: 0 } }, orderBy: [['markedAt', 'asc']], limit: MAX_LISTED })
    return new Map(docs.map((d) => [d._id, d._rev ?? 0]))
  }

  /** The revision of the village's mark, null when it has none. */
  async revOf(villageId: string): Promise<number | null> {
    const doc = await this.store.collection('dirtyVillages').get(villageId)
    return doc ? (doc._rev ?? 0) : null
  }

  /** Clears the mark read at `rev` (before counting); a newer mark stays for the next count. */
  async clear(villageId: string, rev: number): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      const col = tx.collection('dirtyVillages')
      const doc = await col.get(villageId)
      if (!doc || (doc._rev ?? 0) !== rev) return false
      await col.remove(villageId)
      return true
    })
  }
}
