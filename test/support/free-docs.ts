// The Store's own tests (the contract suite, the adapters' tests) write documents of any
// shape into real collections, to test the port's semantics rather than one document
// type. Everywhere else a collection's type comes from the collection map.
import type { Collection, DocOps, StoredDoc, Store, TxStore } from '../../server/ports/store'
import type { CollectionName } from '../../server/store/manifest'

export interface FreeDoc extends StoredDoc {
  [field: string]: unknown
}

export function freeCollection<T extends StoredDoc = FreeDoc>(store: Store, name: CollectionName): Collection<T>
export function freeCollection<T extends StoredDoc = FreeDoc>(tx: TxStore, name: CollectionName): DocOps<T>
export function freeCollection(s: Store | TxStore, name: CollectionName): unknown {
  return s.collection(name)
}
