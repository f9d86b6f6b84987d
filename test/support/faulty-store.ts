// A Store that fails one chosen write, as a crash or a lost connection would at that
// moment, so that tests can show what such a failure leaves behind.
import type { Collection, DocOps, Store, StoredDoc, TxStore } from '../../server/ports/store'
import type { CollectionName } from '../../server/store/manifest'
import type { DocOf } from '../../server/store/collections'

export type Write = 'insert' | 'set' | 'update' | 'remove' | 'insertMany' | 'updateWhere'
type Trip = (collection: CollectionName, write: Write, arg: unknown) => boolean

export class FaultyStore implements Store {
  private trip: Trip | null = null
  /** How many writes were refused. */
  failures = 0

  constructor(readonly inner: Store) {}

  get remote(): boolean {
    return this.inner.remote
  }

  /** The first later write for which `when` is true throws instead of writing. */
  failOnce(when: Trip): void {
    this.trip = when
  }

  private check(collection: CollectionName, write: Write, arg: unknown): void {
    if (this.trip?.(collection, write, arg)) {
      this.trip = null
      this.failures++
      throw new Error(`injected failure: ${write} on ${collection}`)
    }
  }

  private ops<T extends StoredDoc>(name: CollectionName, ops: DocOps<T>): DocOps<T> {
    return {
      get: (id) => ops.get(id),
      insert: async (doc) => (this.check(name, 'insert', doc), ops.insert(doc)),
      set: async (doc) => (this.check(name, 'set', doc), ops.set(doc)),
      update: async (id, patch, opts) => (this.check(name, 'update', patch), ops.update(id, patch, opts)),
      remove: async (id) => (this.check(name, 'remove', id), ops.remove(id)),
    }
  }

  collection<N extends CollectionName>(name: N): Collection<DocOf<N>> {
    const col = this.inner.collection(name)
    return {
      ...this.ops(name, col),
      getMany: (ids) => col.getMany(ids),
      find: (opts) => col.find(opts),
      count: (where) => col.count(where),
      insertMany: async (docs) => (this.check(name, 'insertMany', docs), col.insertMany(docs)),
      updateWhere: async (where, patch) => (this.check(name, 'updateWhere', patch), col.updateWhere(where, patch)),
    }
  }

  transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R> {
    return this.inner.transaction((tx) => fn({ collection: <N extends CollectionName>(name: N) => this.ops(name, tx.collection(name)) }))
  }

  health(): Promise<Record<string, unknown>> {
    return this.inner.health()
  }

  close(): Promise<void> {
    return this.inner.close()
  }
}
