// The outbox in the browser: records and photo Blobs in IndexedDB, which keeps megabytes
// of photos across reloads (localStorage holds a few MB of strings at most). WeChat's is
// store.weapp.ts, which Taro builds in this file's place for weapp.
import type { QueueItem, QueueStore } from './queue-types'

const DB_NAME = 'anju-offline'
const ITEMS = 'items'
const PHOTOS = 'photos'

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1)
    req.onupgradeneeded = () => {
      const db = req.result
      if (!db.objectStoreNames.contains(ITEMS)) db.createObjectStore(ITEMS, { keyPath: 'id' })
      if (!db.objectStoreNames.contains(PHOTOS)) db.createObjectStore(PHOTOS)
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'))
  })
}

export function createQueueStore(): QueueStore<Blob> {
  let db: Promise<IDBDatabase> | null = null
  const store = async (name: string, mode: IDBTransactionMode) => {
    db ??= openDb()
    return (await db).transaction(name, mode).objectStore(name)
  }
  return {
    async loadItems() {
      return request<QueueItem[]>((await store(ITEMS, 'readonly')).getAll())
    },
    async saveItem(item) {
      await request((await store(ITEMS, 'readwrite')).put(item))
    },
    async deleteItem(id) {
      await request((await store(ITEMS, 'readwrite')).delete(id))
    },
    async savePhoto(key, data) {
      await request((await store(PHOTOS, 'readwrite')).put(data, key))
    },
    async readPhoto(key) {
      const v: unknown = await request((await store(PHOTOS, 'readonly')).get(key))
      return v instanceof Blob ? v : null
    },
    async deletePhoto(key) {
      await request((await store(PHOTOS, 'readwrite')).delete(key))
    },
  }
}
