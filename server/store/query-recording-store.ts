// Wraps a Store and records the shape of every query (collection, fields, order), so the
// tests can check that a declared index serves each one.
import type { Collection, Store, TxStore } from '../ports/store'
import type { CollectionName } from './manifest'
import type { DocOf } from './collections'
import type { QueryShape } from './index-coverage'

export class QueryRecordingStore implements Store {
  readonly shapes = new Map<string, QueryShape>()

  constructor(readonly inner: Store) {}

  get remote(): boolean {
    return this.inner.remote
  }

  private note(collection: CollectionName, where: Record<string, unknown> | undefined, orderBy: Array<[string, string]> | undefined): void {
    const shape = { collection, fields: Object.keys(where ?? {}), orderBy: (orderBy ?? []).map(([f]) => f) }
    this.shapes.set(JSON.stringify(shape), shape)
  }

  collection<N extends CollectionName>(name: N): Collection<DocOf<N>> {
    const col = this.inner.collection(name)
    return {
      get: (id) => col.get(id),
      getMany: (ids) => col.getMany(ids),
      insert: (d) => col.insert(d),
      insertMany: (d) => col.insertMany(d),
      set: (d) => col.set(d),
      update: (id, p, o) => col.update(id, p, o),
      remove: (id) => col.remove(id),
      updateWhere: (where, patch) => {
        this.note(name, where, undefined)
        return col.updateWhere(where, patch)
      },
      find: (opts) => {
        this.note(name, opts?.where, opts?.orderBy)
        return col.find(opts)
      },
      count: (where) => {
        this.note(name, where, undefined)
        return col.count(where)
      },
    }
  }

  transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R> {
    return this.inner.transaction(fn)
  }

  health(): Promise<Record<string, unknown>> {
    return this.inner.health()
  }

  close(): Promise<void> {
    return this.inner.close()
  }
}
