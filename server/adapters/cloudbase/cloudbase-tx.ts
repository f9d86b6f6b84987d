// Single-document operations inside a CloudBase transaction (db.runTransaction), with
// the Store's semantics: revisions are read with get() and compared here, since a
// transaction offers no conditional writes, only doc(id).get/set/update/remove and add.
import { AppError } from '../../../domain/errors'
import type { DocOps, StoredDoc } from '../../ports/store'
import type { CloudCommand, CloudRow, CloudTxCollection } from './cloud-db'
import { docBody, patchData, toJson } from './cloudbase-query'

/** A stored row as the Store's document; _rev is a stored field of its own. */
export function toDoc<T>(row: CloudRow): T {
  return { ...row, _id: String(row._id) } as T
}

/** doc(id).get() answers an array outside a transaction and an object (or null) inside. */
export function readRow(data: CloudRow | CloudRow[] | null | undefined): CloudRow | null {
  const row = Array.isArray(data) ? data[0] : data
  return row && typeof row === 'object' ? row : null
}

/** True for the database's duplicate-key refusal of an add (an existing _id). */
export function isDuplicateKey(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return typeof err === 'string' && DUPLICATE.test(err)
  const e = err as { code?: unknown; errCode?: unknown; errMsg?: unknown; message?: unknown }
  return DUPLICATE.test([e.code, e.errCode, e.errMsg, e.message].map((v) => String(v ?? '')).join(' '))
}
const DUPLICATE = /DUPLICATE_WRITE|duplicate key|E11000/i

/**
 * True for a write conflict between transactions. runTransaction reruns the function
 * only for a conflict found at commit; one met by a write inside the function reaches
 * us wrapped by wx-server-sdk (errCode -501001), recognisable by the service's words.
 */
export function isTransactionConflict(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false
  const e = err as { code?: unknown; errMsg?: unknown; message?: unknown }
  return TX_CONFLICT.test([e.code, e.errMsg, e.message].map((v) => String(v ?? '')).join(' '))
}
const TX_CONFLICT = /TRANSACTION_CONFLICT|TransactionConflict|WriteConflict|transaction conflict/i

export const conflictExisting = (): AppError => new AppError('CONFLICT', '这条记录已经存在')

/**
 * The document operations of one collection inside a transaction, and nothing else.
 * `seen` holds what this run of the transaction has read or written of each document:
 * a transaction reads its own snapshot and its own writes, so a document read again (the
 * revision check of a write, a helper reading what the caller already read) is answered
 * here instead of by another round trip. An insert is not preceded by a read: the
 * database refuses an existing _id itself, and a refused write ends the transaction (as
 * MongoDB's do), so nothing runs after the CONFLICT. `refused` hears of an insert that
 * failed without saying why, for the store to look the id up once the transaction is over.
 */
export function txDocOps<T extends StoredDoc>(_: CloudCommand, col: CloudTxCollection, seen: Map<string, CloudRow | null> = new Map(), refused: (id: string) => void = () => {}): DocOps<T> {
  const get = async (id: string): Promise<T | null> => {
    if (!seen.has(id)) seen.set(id, readRow((await col.doc(id).get()).data))
    const row = seen.get(id)
    // A copy: callers may change what they are given.
    return row ? toDoc<T>(toJson(row)) : null
  }
  return {
    get,
    async insert(doc) {
      if (seen.get(doc._id)) throw conflictExisting()
      const data = { ...docBody(doc), _id: doc._id, _rev: 1 }
      try {
        await col.add({ data })
      } catch (err) {
        if (isDuplicateKey(err)) throw conflictExisting()
        if (!isTransactionConflict(err)) refused(doc._id)
        throw err
      }
      seen.set(doc._id, data)
    },
    async set(doc) {
      const current = await get(doc._id)
      const data = { ...docBody(doc), _rev: (current?._rev ?? 0) + 1 }
      await col.doc(doc._id).set({ data })
      seen.set(doc._id, { ...data, _id: doc._id })
    },
    async update(id, patch, opts = {}) {
      const current = await get(id)
      if (!current) return false
      if (opts.ifRev !== undefined && current._rev !== opts.ifRev) throw new AppError('CONFLICT')
      await col.doc(id).update({ data: patchData(_, patch as Record<string, unknown>, _.inc(1)) })
      // The same merge the update makes: each field replaced, an undefined one removed.
      const next: CloudRow = { ...(current as unknown as CloudRow) }
      for (const [field, value] of Object.entries(patch as Record<string, unknown>)) {
        if (field === '_id' || field === '_rev') continue
        if (value === undefined) delete next[field]
        else next[field] = toJson(value)
      }
      next._rev = (current._rev ?? 0) + 1
      seen.set(id, next)
      return true
    },
    async remove(id) {
      await col.doc(id).remove()
      seen.set(id, null)
    },
  }
}
