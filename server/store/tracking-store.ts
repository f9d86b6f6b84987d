// Wraps the Store and notes which villages each write touches, so the village counters
// behind the dashboards can be refreshed right after the change (see services/counters).
// The touched villages are also marked in the database, in the same transaction as the
// change: a plain write to a tracked collection runs as a one-write transaction with its
// marks, so the change and "count this village again" are committed together or not at
// all, and no crash between them leaves a counter wrong until the daily recount. (Marking
// at the end of the request instead would lose the marks of a process that stops between
// its write and its answer.) Reads pass straight through.
import type { Collection, DocOps, FindOptions, StoredDoc, Store, TxStore, Where } from '../ports/store'
import { DirtyMarks } from './dirty-villages'
import type { CollectionName } from './manifest'
import type { DocOf } from './collections'

/** Collections whose documents carry a villageId that the counters summarise. */
const TRACKED = new Set<CollectionName>(['households', 'houses', 'cases', 'patrols', 'tasks', 'disasterReports'])

type Touch = (villageId: unknown) => void

function trackOps<T extends StoredDoc>(ops: DocOps<T>, touch: Touch): DocOps<T> {
  const villageOf = async (id: string) => ((await ops.get(id)) as { villageId?: unknown } | null)?.villageId
  return {
    get: (id) => ops.get(id),
    insert: async (doc) => {
      touch((doc as { villageId?: unknown }).villageId)
      return ops.insert(doc)
    },
    set: async (doc) => {
      touch(await villageOf(doc._id))
      touch((doc as { villageId?: unknown }).villageId)
      return ops.set(doc)
    },
    update: async (id, patch, opts) => {
      touch(await villageOf(id))
      touch((patch as { villageId?: unknown }).villageId)
      return ops.update(id, patch, opts)
    },
    remove: async (id) => {
      touch(await villageOf(id))
      return ops.remove(id)
    },
  }
}

const villagesOf = (docs: unknown[]) => new Set(docs.map((d) => (d as { villageId?: unknown }).villageId).filter((v): v is string => typeof v === 'string' && v !== ''))

export class TrackingStore implements Store {
  /** Villages written since the counters were last refreshed (this process's own writes). */
  readonly dirty = new Set<string>()
  /** The same, persisted: what survives this process. */
  readonly marks: DirtyMarks

  constructor(readonly inner: Store) {
    this.marks = new DirtyMarks(inner)
  }

  collection<N extends CollectionName>(name: N): Collection<DocOf<N>> {
    type T = DocOf<N>
    const col = this.inner.collection(name)
    if (!TRACKED.has(name)) return col
    // Each write its own transaction, so that its village's mark commits with it.
    const inTx = <R>(op: (ops: DocOps<T>) => Promise<R>) => this.transaction((tx) => op(tx.collection(name)))
    return {
      get: (id) => col.get(id),
      insert: (doc) => inTx((ops) => ops.insert(doc)),
      set: (doc) => inTx((ops) => ops.set(doc)),
      update: (id, patch, opts) => inTx((ops) => ops.update(id, patch, opts)),
      remove: (id) => inTx((ops) => ops.remove(id)),
      getMany: (ids: string[]) => col.getMany(ids),
      find: (opts?: FindOptions<T>) => col.find(opts),
      count: (where?: Where<T>) => col.count(where),
      insertMany: async (docs) => {
        // Bulk inserts are no transaction: marked before (a crash midway still leaves the
        // marks) and again after (a recount that ran meanwhile does not clear them).
        const villages = villagesOf(docs)
        await this.marks.mark(villages)
        await col.insertMany(docs)
        await this.marks.mark(villages)
        for (const v of villages) this.dirty.add(v)
      },
    }
  }

  async transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R> {
    const touched = new Set<string>()
    const touch: Touch = (v) => {
      if (typeof v === 'string' && v) touched.add(v)
    }
    const result = await this.inner.transaction(async (tx) => {
      // A CloudBase transaction runs again on a write conflict: count only the last run.
      touched.clear()
      const out = await fn({ collection: <N extends CollectionName>(name: N) => (TRACKED.has(name) ? trackOps(tx.collection(name), touch) : tx.collection(name)) })
      await DirtyMarks.markIn(tx, touched)
      return out
    })
    for (const v of touched) this.dirty.add(v)
    return result
  }

  health(): Promise<Record<string, unknown>> {
    return this.inner.health()
  }

  close(): Promise<void> {
    return this.inner.close()
  }
}
