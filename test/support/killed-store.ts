// A store whose first call of one collection method fails, as a cloud function killed at
// that write would: what came before it is stored, nothing after. For proving that a long
// job run again after such a stop finishes the work and does nothing twice.
import type { Store } from '../../server/ports/store'
import type { CollectionName } from '../../server/store/manifest'

export function killedAt(store: Store, collection: CollectionName, method: 'insertMany' | 'insert' | 'set' | 'update'): Store & { killed: () => boolean } {
  let killed = false
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'killed') return () => killed
      if (prop !== 'collection') return Reflect.get(target, prop, receiver)
      return (name: CollectionName) => {
        const col = target.collection(name)
        if (name !== collection || killed) return col
        return new Proxy(col, {
          get(c, p, r) {
            if (p !== method || killed) return Reflect.get(c, p, r)
            return async () => {
              killed = true
              throw new Error('function timed out')
            }
          },
        })
      }
    },
  }) as Store & { killed: () => boolean }
}
