// The app's one outbox (see queue.ts) wired to this platform: where it
// keeps things, how it sends them, and when it tries — at launch, when the network comes
// back, when the app is shown again, every half minute, and on 立即上传.
import { useSyncExternalStore } from 'react'
import Taro from '@tarojs/taro'
import type { Me, Result } from '@domain'
import { OfflineQueue } from './queue'
import type { Draft, Outcome, QueueItem, QueueSender, Receipt } from './queue-types'
import { createQueueStore } from './store'
import { OFFLINE_KINDS, inputToSend, type SentPhoto } from './kinds'
import { call } from '../api'
import { uploadFile } from '../files'
import type { PhotoData } from '../photos'
import { photoFacts } from '../photo-facts'
import { IS_WEAPP } from '../platform'
import { session } from '../session'
import { STORAGE_KEYS, readString, writeString } from '../storage'
import { FIRST_PAINT_MS } from '../reads'

const TICK_MS = 30_000
const LAST_ME_KEY = 'anju.lastMe'

function photosOf(item: QueueItem): SentPhoto[] {
  return item.photos.map((p) => ({ fileId: p.fileId ?? '', ...photoFacts(p) }))
}

const sender: QueueSender<PhotoData> = {
  async upload(item, data, fileName) {
    const res = await uploadFile(item.ownerId, data, fileName)
    return res.ok ? { ok: true, data: res.data.fileId } : res
  },
  async submit(item): Promise<Outcome<Receipt>> {
    // The item names its action; its kind says how its photos are sent and what of the answer
    // to keep (one entry of OFFLINE_KINDS, which the compiler cannot follow through the union).
    const res = await call(item.action, inputToSend(item.kind, item.input, photosOf(item)))
    return res.ok ? { ok: true, data: OFFLINE_KINDS[item.kind].receipt(res.data as never) } : res
  },
}

let instance: OfflineQueue<PhotoData> | null = null

export function offlineQueue(): OfflineQueue<PhotoData> {
  instance ??= new OfflineQueue<PhotoData>(createQueueStore(), sender)
  return instance
}

// ---- Who the phone belongs to, also when there is no network to ask.

function rememberMe(me: Me): void {
  writeString(LAST_ME_KEY, JSON.stringify(me))
}

/** The last Me the server confirmed, if it is still the same account on this phone. */
function lastKnownMe(): Me | null {
  const raw = readString(LAST_ME_KEY)
  if (!raw) return null
  try {
    const me = JSON.parse(raw) as Me
    // On the h5 demo the account is switched by hand: only trust the cache for the same one.
    if (!IS_WEAPP && me.userId !== readString(STORAGE_KEYS.devUser)) return null
    return me
  } catch {
    return null
  }
}

/**
 * Me from the server, or — without a network, or when it has not answered within
 * FIRST_PAINT_MS (a weak signal) — the one seen last, so field work goes on; the session
 * takes the server's answer when it comes.
 */
export async function loadMeOfflineFirst(force = false): Promise<Result<Me>> {
  const asking = session.loadMe(force).then((res) => {
    if (res.ok) rememberMe(res.data)
    return res
  })
  const cached = lastKnownMe()
  if (!cached) return asking
  let timer: ReturnType<typeof setTimeout> | undefined
  const first = await Promise.race([asking, new Promise<null>((r) => (timer = setTimeout(() => r(null), FIRST_PAINT_MS)))])
  clearTimeout(timer)
  if (first && (first.ok || first.code !== 'UNAVAILABLE')) return first
  return { ok: true, data: cached }
}

// ---- Sending.

/** Sends what is due for the signed-in account; `force` skips the backoff wait. */
export async function syncNow(force = true): Promise<void> {
  // The h5 demo before anyone signed in: nobody to send for.
  if (!IS_WEAPP && !session.devUserId() && !session.devOpenid()) return
  const me = await session.loadMe()
  if (!me.ok) return
  rememberMe(me.data)
  await offlineQueue().sync(me.data.userId, { force })
}

let started = false

/** Called once at launch: reload what the last run left and keep trying in the background. */
export function startOfflineSync(): void {
  if (started) return
  started = true
  void offlineQueue()
    .load()
    .then(() => syncNow(true))
  setInterval(() => void syncNow(false), TICK_MS)
  if (IS_WEAPP) {
    Taro.onNetworkStatusChange((s) => {
      if (s.isConnected) void syncNow(true)
    })
    Taro.onAppShow(() => void syncNow(true))
  } else {
    window.addEventListener('online', () => void syncNow(true))
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void syncNow(true)
    })
  }
}

/** Saves a record on the phone and starts sending it. Fails only when the phone cannot store it. */
export async function saveToQueue(draft: Draft<PhotoData>): Promise<Result<QueueItem>> {
  try {
    const item = await offlineQueue().enqueue(draft)
    void syncNow(true)
    return { ok: true, data: item }
  } catch {
    return { ok: false, code: 'INTERNAL', message: '没能保存在手机上：手机存储空间可能不够，请清理后再试' }
  }
}

/** How long a form waits for the server's answer before it says the record is kept on the phone. */
export const ANSWER_WAIT_MS = 4_000

/**
 * Saves a record on the phone and tries to send it at once, waiting at most ANSWER_WAIT_MS:
 * the item comes back acknowledged (synced), refused (failed, with the reason) or waiting
 * for a network (pending). A form uses this where people are used to an answer on the spot.
 */
export async function saveAndTry(draft: Draft<PhotoData>): Promise<Result<QueueItem>> {
  const saved = await saveToQueue(draft)
  if (!saved.ok) return saved
  const item = await offlineQueue().whenTried(draft.id, ANSWER_WAIT_MS)
  return { ok: true, data: item ?? saved.data }
}

export const retryQueued = (id: string) => offlineQueue().retry(id)
export const removeQueued = (id: string) => offlineQueue().remove(id)

// ---- For screens.

export function useQueueItems(): readonly QueueItem[] {
  const q = offlineQueue()
  return useSyncExternalStore(
    (l) => q.subscribe(l),
    () => q.list(),
    () => q.list(),
  )
}

/** The signed-in account's items, newest first. */
export function useOwnQueue(ownerId: string | null | undefined): QueueItem[] {
  return useQueueItems().filter((i) => i.ownerId === ownerId)
}

export function useQueueItem(id: string | null | undefined): QueueItem | undefined {
  return useQueueItems().find((i) => i.id === id)
}

/** Items not yet acknowledged by the server (pending, sending or failed). */
export const unsent = (items: readonly QueueItem[]) => items.filter((i) => i.state !== 'synced')

/** The state in plain words, honest about where the record is. */
export function queueStateText(item: QueueItem): string {
  switch (item.state) {
    case 'synced':
      return '已上传'
    case 'sending':
      return '正在上传…'
    case 'failed':
      return `上传失败：${item.error?.message ?? '请重试'}`
    default:
      if (!item.error) return '已保存在手机上，等待上传'
      // A retryable failure; without a network that is the only thing worth saying.
      return item.error.code === 'UNAVAILABLE' ? '已保存在手机上，等待上传（现在没有网络，有信号后自动上传）' : `已保存在手机上，等待上传（${item.error.message}，稍后自动重试）`
  }
}
