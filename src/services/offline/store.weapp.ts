// The outbox in WeChat (built in place of store.ts for weapp): each record's metadata in
// storage (setStorage allows 1 MB a key, 10 MB in all, so records stay small and photos
// never go there), and the photos as files under the user data path, which survives
// restarts and is not cleared like temp files.
import Taro from '@tarojs/taro'
import type { QueueItem, QueueStore } from './queue-types'

const INDEX_KEY = 'anju.queue.ids'
const itemKey = (id: string) => `anju.queue.item.${id}`

const userDir = (name: string) => `${Taro.env.USER_DATA_PATH ?? ''}/${name}`
/** Stamped photos of forms not yet saved; swept when a day old. */
export const draftsDir = () => userDir('anju-drafts')
const queueDir = () => userDir('anju-queue')

const fs = () => Taro.getFileSystemManager()

export function ensureDir(dir: string): void {
  try {
    fs().accessSync(dir)
  } catch {
    fs().mkdirSync(dir, true)
  }
}

function exists(path: string): boolean {
  try {
    fs().accessSync(path)
    return true
  } catch {
    return false
  }
}

function readIds(): string[] {
  try {
    const v: unknown = Taro.getStorageSync(INDEX_KEY)
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
}

/** Photos left behind by forms that were never saved, older than a day. */
function sweepDrafts(): void {
  try {
    const dir = draftsDir()
    for (const name of fs().readdirSync(dir)) {
      const stat = fs().statSync(`${dir}/${name}`) as { lastModifiedTime?: number }
      if (stat.lastModifiedTime && Date.now() / 1000 - stat.lastModifiedTime > 86400) fs().unlinkSync(`${dir}/${name}`)
    }
  } catch {
    // Nothing to sweep.
  }
}

export function createQueueStore(): QueueStore<string> {
  const photoPath = (key: string) => `${queueDir()}/${key}.jpg`
  return {
    async loadItems() {
      sweepDrafts()
      const out: QueueItem[] = []
      for (const id of readIds()) {
        const v: unknown = Taro.getStorageSync(itemKey(id))
        if (v && typeof v === 'object') out.push(v as QueueItem)
      }
      return out
    },
    async saveItem(item) {
      // The record first, then the index: a crash in between leaves an unlisted record, never a dangling id.
      Taro.setStorageSync(itemKey(item.id), item)
      const ids = readIds()
      if (!ids.includes(item.id)) Taro.setStorageSync(INDEX_KEY, [...ids, item.id])
    },
    async deleteItem(id) {
      Taro.setStorageSync(
        INDEX_KEY,
        readIds().filter((x) => x !== id),
      )
      Taro.removeStorageSync(itemKey(id))
    },
    async savePhoto(key, data) {
      ensureDir(queueDir())
      const target = photoPath(key)
      if (data === target) return
      // A stamped draft is already ours and is moved; a camera temp file is saved (also a move).
      if (data.startsWith(userDir(''))) fs().renameSync(data, target)
      else fs().saveFileSync(data, target)
    },
    async readPhoto(key) {
      const path = photoPath(key)
      return exists(path) ? path : null
    },
    async deletePhoto(key) {
      const path = photoPath(key)
      if (exists(path)) fs().unlinkSync(path)
    },
  }
}
