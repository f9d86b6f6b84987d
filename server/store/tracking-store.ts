// Wraps the Store and notes which villages each write touches, so the village counters
// behind the dashboards can be refreshed right after the change (see services/counters).
// Reads pass straight through.
import type { Collection, DocOps, FindOptions, StoredDoc, Store, TxStore, Where } from '../ports/store'
import type { CollectionName } from './manifest'

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

export class TrackingStore implements Store {
  /** Villages written since the counters were last refreshed. */
  readonly dirty = new Set<string>()

  constructor(readonly inner: Store) {}

  private readonly touch: Touch = (v) => {
    if (typeof v === 'string' && v) this.dirty.add(v)
  }

  collection<T extends StoredDoc>(name: CollectionName): Collection<T> {
    const col = this.inner.collection<T>(name)
    if (!TRACKED.has(name)) return col
    const ops = trackOps(col, this.touch)
    return {
      ...ops,
      getMany: (ids: string[]) => col.getMany(ids),
      find: (opts?: FindOptions) => col.find(opts),
      count: (where?: Where) => col.count(where),
      insertMany: async (docs) => {
        for (const d of docs) this.touch((d as { villageId?: unknown }).villageId)
        return col.insertMany(docs)
      },
    }
  }

  transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R> {
    return this.inner.transaction((tx) =>
      fn({ collection: <T extends StoredDoc>(name: CollectionName) => (TRACKED.has(name) ? trackOps(tx.collection<T>(name), this.touch) : tx.collection<T>(name)) }),
    )
  }

  health(): Promise<Record<string, unknown>> {
    return this.inner.health()
  }

  close(): Promise<void> {
    return this.inner.close()
  }
}
