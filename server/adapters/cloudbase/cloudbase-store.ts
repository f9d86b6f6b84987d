// The Store on the WeChat Cloud (CloudBase) document database, through an injected
// wx-server-sdk database object. Semantics match the SQLite adapter: _rev is a document
// field that starts at 1 and rises with every write, insert of an existing id and a
// stale ifRev are CONFLICT, find pages past the server's page cap (1000, or 100 on older
// versions) until an empty page or a short one no cap explains.
import { AppError } from '../../../domain/errors'
import type { Collection, DocOps, FindOptions, StoredDoc, Store, TxStore, Where, AnyWhere } from '../../ports/store'
import type { CollectionName } from '../../store/manifest'
import type { DocOf } from '../../store/collections'
import type { CloudCollection, CloudDb, CloudQuery, CloudRow } from './cloud-db'
import { MATCHES_NOTHING, PAGE, docBody, patchData, projection, sortKeys, whereCond } from './cloudbase-query'
import { conflictExisting, isDuplicateKey, isTransactionConflict, readRow, toDoc, txDocOps } from './cloudbase-tx'

/**
 * Documents per add() of insertMany, and the most bytes one carries: against the emulator
 * at a 20 ms round trip, 20,000 household-sized documents took 7.5 s at 100 a request,
 * 3.1 s at 500 and 2.4 s at 1,000 (scripts/bench/cloud-jobs.ts --job batch); 500 keeps
 * each request near 200 KB, and a batch of large documents is cut at 1 MB.
 */
const INSERT_BATCH = 500
const INSERT_BATCH_BYTES = 1024 * 1024
/** Runs of a transaction that keeps meeting write conflicts before CONFLICT is answered. */
const TX_ATTEMPTS = 5
/** The page caps of the service are multiples of this (100 on older versions, 1000 now). */
const SMALLEST_PAGE_CAP = 100
/** A short page this large may have been cut by the size of the answer: only an empty page ends it. */
const SHORT_PAGE_MAX_BYTES = 1024 * 1024
/** Ids per command.in() of getMany and the insertMany pre-check. */
const ID_CHUNK = 500

/** As in the SQLite adapter, a wanted field the document lacks comes back as null. */
function withNulls(row: CloudRow, fields: string[]): CloudRow {
  const out: CloudRow = { ...row }
  for (const f of fields) if (!(f in out)) out[f] = null
  return out
}

const chunks = <T>(list: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))

/** The documents in add() batches of at most INSERT_BATCH documents and INSERT_BATCH_BYTES. */
function addBatches<T>(docs: T[]): T[][] {
  const out: T[][] = []
  let batch: T[] = []
  let bytes = 0
  for (const d of docs) {
    const size = JSON.stringify(d).length
    if (batch.length && (batch.length >= INSERT_BATCH || bytes + size > INSERT_BATCH_BYTES)) {
      out.push(batch)
      batch = []
      bytes = 0
    }
    batch.push(d)
    bytes += size
  }
  if (batch.length) out.push(batch)
  return out
}

export class CloudBaseStore implements Store {
  readonly remote = true

  constructor(
    private readonly db: CloudDb,
    private readonly env: string,
  ) {}

  collection<N extends CollectionName>(name: N): Collection<DocOf<N>> {
    type T = DocOf<N>
    return new CloudBaseCollection<T>(this.db, name, (fn) => this.transaction(fn))
  }

  async transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      // Inserts the database refused without saying why (see txDocOps): an existing id is CONFLICT.
      let refused: Array<[CollectionName, string]> = []
      try {
        // runTransaction rolls back when fn throws, and reruns fn on a conflict at commit.
        return await this.db.runTransaction((t) => {
          // What this run has read and written, per collection (see txDocOps); a rerun starts afresh.
          const seen = new Map<string, Map<string, CloudRow | null>>()
          const seenIn = (name: string) => seen.get(name) ?? seen.set(name, new Map()).get(name)!
          refused = []
          return fn({ collection: <N extends CollectionName>(name: N) => txDocOps<DocOf<N>>(this.db.command, t.collection(name), seenIn(name), (id) => refused.push([name, id])) })
        })
      } catch (err) {
        for (const [name, id] of refused) if (await this.collection(name).get(id).catch(() => null)) throw conflictExisting()
        // A conflict met by a write inside fn is not rerun by the SDK: rerun it here, after
        // a short random pause so that the transactions in a collision spread out.
        if (!isTransactionConflict(err)) throw err
        if (attempt >= TX_ATTEMPTS) throw new AppError('CONFLICT')
        await new Promise((resolve) => setTimeout(resolve, attempt * (5 + Math.random() * 20)))
      }
    }
  }

  async health(): Promise<Record<string, unknown>> {
    return { engine: 'cloudbase', env: this.env }
  }

  async close(): Promise<void> {
    // The SDK keeps no connection to close.
  }
}

class CloudBaseCollection<T extends StoredDoc> implements Collection<T> {
  private readonly col: CloudCollection

  constructor(
    private readonly db: CloudDb,
    private readonly name: CollectionName,
    private readonly transaction: Store['transaction'],
  ) {
    this.col = db.collection(name)
  }

  private query(where: AnyWhere | undefined): CloudQuery | null {
    const cond = whereCond(this.db, where)
    if (cond === MATCHES_NOTHING) return null
    return where && Object.keys(where).length ? this.col.where(cond) : this.col
  }

  async get(id: string): Promise<T | null> {
    // A query rather than doc(id).get(), which throws on a missing id unless the
    // database was created with throwOnNotFound: false.
    const { data } = await this.col.where({ _id: id }).limit(1).get()
    const row = readRow(data)
    return row ? toDoc<T>(row) : null
  }

  async getMany(ids: string[]): Promise<T[]> {
    const out: T[] = []
    // At most one document per id: a full answer needs no further page.
    for (const part of chunks([...new Set(ids)], ID_CHUNK)) out.push(...(await this.find({ where: { _id: { $in: part } }, limit: part.length })))
    return out
  }

  async find(typed: FindOptions<T> = {}): Promise<T[]> {
    // The filter's fields were checked against T by the caller; here every field is a path.
    const opts = typed as unknown as FindOptions
    const base = this.query(opts.where)
    const want = opts.limit
    if (!base || want === 0) return []
    let q = base
    for (const [field, dir] of sortKeys(opts)) q = q.orderBy(field, dir)
    if (opts.fields) q = q.field(projection(opts.fields))
    const out: T[] = []
    let skip = opts.skip ?? 0
    for (;;) {
      const n = want === undefined ? PAGE : Math.min(PAGE, want - out.length)
      const { data } = await (skip ? q.skip(skip) : q).limit(n).get()
      for (const row of data) out.push(toDoc<T>(opts.fields ? withNulls(row, opts.fields) : row))
      // The server may answer fewer than asked (a page cap of 100 on older versions, 1000
      // now; a size limit on one answer), and the SDK does not say how many it would
      // give: an empty page is the end, and so is a short page that neither explains — not
      // a multiple of 100, and far below any size limit — which saves a round trip for
      // every query that fits in one page.
      if (data.length === 0 || (want !== undefined && out.length >= want)) return out
      if (data.length < n && data.length % SMALLEST_PAGE_CAP !== 0 && JSON.stringify(data).length < SHORT_PAGE_MAX_BYTES) return out
      skip += data.length
    }
  }

  async count(typed?: Where<T>): Promise<number> {
    const where = typed as AnyWhere | undefined
    const q = this.query(where)
    return q ? (await q.count()).total : 0
  }

  async insert(doc: Omit<T, '_rev'>): Promise<void> {
    try {
      await this.col.add({ data: { ...docBody(doc), _id: doc._id, _rev: 1 } })
    } catch (err) {
      // The SDK's message for a duplicate key is not a documented contract: when it does
      // not say so, an existing document still tells what happened.
      if (isDuplicateKey(err) || (await this.get(doc._id).catch(() => null))) throw conflictExisting()
      throw err
    }
  }

  async insertMany(docs: Array<Omit<T, '_rev'>>): Promise<void> {
    const ids = docs.map((d) => d._id)
    if (new Set(ids).size !== ids.length) throw new AppError('CONFLICT', '记录已经存在')
    // Checked first so that a conflicting batch writes nothing, as in SQLite. Batches are
    // not one transaction: a concurrent writer of the same ids can still split them.
    for (const part of chunks(ids, ID_CHUNK)) {
      if ((await this.count({ _id: { $in: part } })) > 0) throw new AppError('CONFLICT', '记录已经存在')
    }
    for (const batch of addBatches(docs.map((d) => ({ ...docBody(d), _id: d._id, _rev: 1 })))) {
      try {
        await this.col.add({ data: batch })
      } catch (err) {
        if (isDuplicateKey(err)) throw new AppError('CONFLICT', '记录已经存在')
        throw err
      }
    }
  }

  set(doc: Omit<T, '_rev'> & { _rev?: number }): Promise<void> {
    // Replacing a document and raising its revision is a read and a write: one transaction.
    return this.transaction((tx) => (tx.collection(this.name) as unknown as DocOps<T>).set(doc))
  }

  async update(id: string, patch: Partial<Omit<T, '_id' | '_rev'>>, opts: { ifRev?: number } = {}): Promise<boolean> {
    const _ = this.db.command
    const data = patchData(_, patch as Record<string, unknown>, _.inc(1))
    if (opts.ifRev === undefined) return (await this.col.doc(id).update({ data })).stats.updated > 0
    const { stats } = await this.col.where({ _id: id, _rev: opts.ifRev }).update({ data })
    if (stats.updated > 0) return true
    // Nothing matched: either the document is gone or its revision moved on.
    if (!(await this.get(id))) return false
    throw new AppError('CONFLICT')
  }

  async remove(id: string): Promise<void> {
    await this.col.doc(id).remove()
  }

  async updateWhere(typed: Where<T>, patch: Partial<Omit<T, '_id' | '_rev'>>): Promise<number> {
    const where = typed as AnyWhere
    if (Object.keys(where).length === 0) throw new Error('updateWhere needs a filter')
    const q = this.query(where)
    if (!q) return 0
    const _ = this.db.command
    // One request: the service applies the filter and the patch to each document atomically.
    return (await q.update({ data: patchData(_, patch as Record<string, unknown>, _.inc(1)) })).stats.updated
  }
}
