// Wraps the Store and notes what each write changes in the villages the counters behind
// the dashboards summarise. A plain write to a tracked collection runs as a one-write
// transaction, and at the end of every transaction the counter keeper moves each changed
// village's counters by the changes, in that same transaction: the change and its
// counters commit together or not at all (see services/counters/keeper.ts). Where the
// keeper cannot (no tally yet, a new month) or without a keeper, the village is marked
// in the database in the same transaction and counted again after the request or by the
// next tick, so no crash in between leaves a counter wrong. Reads pass straight through.
import type { Collection, DocOps, FindOptions, StoredDoc, Store, TxStore, Where } from '../ports/store'
import { DirtyMarks } from './dirty-villages'
import type { CollectionName } from './manifest'
import type { DocOf } from './collections'

/** Collections whose documents carry a villageId that the counters summarise. */
const TRACKED = new Set<CollectionName>(['households', 'houses', 'cases', 'patrols', 'tasks', 'disasterReports'])

type Doc = Record<string, unknown>

/** One write as stored: the document before and after it (null: there was none, there is none). */
export interface TrackedChange {
  name: CollectionName
  before: Doc | null
  after: Doc | null
}

/** Keeps the village counters by the changes themselves (services/counters/keeper.ts). */
export interface CounterKeeper {
  /** Whether the change can move a village's figures at all. */
  moves(name: CollectionName, before: Doc | null, after: Doc | null): boolean
  /** Moves the village's counters inside tx; false when it cannot, and the village is then marked. */
  applyIn(tx: TxStore, villageId: string, changes: TrackedChange[]): Promise<boolean>
}

function trackOps<T extends StoredDoc>(name: CollectionName, ops: DocOps<T>, record: (c: TrackedChange) => void): DocOps<T> {
  const read = async (id: string) => (await ops.get(id)) as Doc | null
  return {
    get: (id) => ops.get(id),
    insert: async (doc) => {
      await ops.insert(doc)
      record({ name, before: null, after: doc as Doc })
    },
    set: async (doc) => {
      const before = await read(doc._id)
      await ops.set(doc)
      record({ name, before, after: doc as Doc })
    },
    update: async (id, patch, opts) => {
      const before = await read(id)
      const done = await ops.update(id, patch, opts)
      if (done && before) {
        // The Store's update merges top-level fields; an undefined field is removed.
        const after: Doc = { ...before }
        for (const [k, v] of Object.entries(patch as Doc)) {
          if (v === undefined) delete after[k]
          else after[k] = v
        }
        record({ name, before, after })
      }
      return done
    },
    remove: async (id) => {
      const before = await read(id)
      await ops.remove(id)
      if (before) record({ name, before, after: null })
    },
  }
}

const villageOf = (d: Doc | null): string | null => (d && typeof d.villageId === 'string' && d.villageId !== '' ? d.villageId : null)

const villagesOf = (docs: unknown[]) => new Set(docs.map((d) => (d as { villageId?: unknown }).villageId).filter((v): v is string => typeof v === 'string' && v !== ''))

export class TrackingStore implements Store {
  /** Villages written since the counters were last refreshed (this process's own writes). */
  readonly dirty = new Set<string>()
  /** The same, persisted: what survives this process. */
  readonly marks: DirtyMarks

  constructor(
    readonly inner: Store,
    private readonly keeper?: CounterKeeper,
  ) {
    this.marks = new DirtyMarks(inner)
  }

  get remote(): boolean {
    return this.inner.remote
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
      // Many documents changed without their before and after: the counters could not follow.
      updateWhere: () => Promise.reject(new Error(`updateWhere on ${name}: not for collections the village counters summarise`)),
    }
  }

  async transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R> {
    let marked = new Set<string>()
    const result = await this.inner.transaction(async (tx) => {
      // A CloudBase transaction runs again on a write conflict: only the last run counts.
      const byVillage = new Map<string, TrackedChange[]>()
      const record = (c: TrackedChange) => {
        if (this.keeper && !this.keeper.moves(c.name, c.before, c.after)) return
        for (const v of new Set([villageOf(c.before), villageOf(c.after)])) {
          if (v) byVillage.set(v, [...(byVillage.get(v) ?? []), c])
        }
      }
      const out = await fn({ collection: <N extends CollectionName>(name: N) => (TRACKED.has(name) ? trackOps(name, tx.collection(name), record) : tx.collection(name)) })
      marked = new Set<string>()
      for (const [v, changes] of byVillage) {
        if (!this.keeper || !(await this.keeper.applyIn(tx, v, changes))) marked.add(v)
      }
      await DirtyMarks.markIn(tx, marked)
      return out
    })
    for (const v of marked) this.dirty.add(v)
    return result
  }

  health(): Promise<Record<string, unknown>> {
    return this.inner.health()
  }

  close(): Promise<void> {
    return this.inner.close()
  }
}
