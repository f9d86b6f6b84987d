// The offline-first outbox. A record (patrol, self-check) is saved on the phone first,
// then sent when the network allows: photos one by one (each remembers its file id, so a
// retry never uploads it twice), then the action with the id the client made, which the
// server accepts idempotently. Platform-neutral: storage and sending come in through two
// small ports, so this file runs in jest as well as in both builds.
import type { Draft, Outcome, QueueItem, QueueOptions, QueuedPhoto, QueueSender, QueueStore, Receipt } from './queue-types'
import { photoFacts } from '../photo-facts'
import { OFFLINE_KINDS } from './kinds'
import { uploadMissing } from './upload-loop'

/** Codes worth waiting out; anything else needs a person and is kept as failed. */
const RETRYABLE = new Set(['UNAVAILABLE', 'RATE_LIMITED', 'INTERNAL', 'UNAUTHENTICATED'])

export const defaultBackoff = (attempts: number): number => Math.min(10 * 60_000, 5_000 * 2 ** Math.max(0, attempts - 1))

const NO_NETWORK = { code: 'UNAVAILABLE', message: '网络不好，稍后自动重试' }

export class OfflineQueue<P> {
  private readonly items = new Map<string, QueueItem>()
  private snapshot: readonly QueueItem[] = []
  private readonly listeners = new Set<() => void>()
  private loading: Promise<void> | null = null
  private running: Promise<void> | null = null
  private again: { ownerId: string; force: boolean } | null = null
  private readonly now: () => number
  private readonly backoff: (attempts: number) => number
  private readonly keepSyncedMs: number

  constructor(
    private readonly store: QueueStore<P>,
    private readonly sender: QueueSender<P>,
    opts: QueueOptions = {},
  ) {
    this.now = opts.now ?? Date.now
    this.backoff = opts.backoffMs ?? defaultBackoff
    this.keepSyncedMs = opts.keepSyncedMs ?? 7 * 86400_000
  }

  /** Reads what a previous run left; an item cut off mid-send goes back to pending. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      for (const stored of await this.store.loadItems()) {
        // Records saved before items named their action take it from their kind.
        const named: QueueItem = { ...stored, action: stored.action ?? OFFLINE_KINDS[stored.kind].action }
        const item: QueueItem = named.state === 'sending' ? { ...named, state: 'pending' } : named
        if (item.state === 'synced' && item.syncedAt && this.now() - Date.parse(item.syncedAt) > this.keepSyncedMs) {
          await this.store.deleteItem(item.id)
          continue
        }
        this.items.set(item.id, item)
      }
      this.emit()
    })()
    return this.loading
  }

  list(): readonly QueueItem[] {
    return this.snapshot
  }

  get(id: string): QueueItem | undefined {
    return this.items.get(id)
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /** Keeps the photos first, then the record, so a saved record never points at nothing. */
  async enqueue(draft: Draft<P>): Promise<QueueItem> {
    await this.load()
    const existing = this.items.get(draft.id)
    if (existing) return existing
    const photos: QueuedPhoto[] = []
    for (const [i, p] of draft.photos.entries()) {
      const key = `${draft.id}-${i + 1}`
      await this.store.savePhoto(key, p.data)
      photos.push({ key, fileName: p.fileName, ...photoFacts(p), fileId: null })
    }
    const base = {
      id: draft.id,
      ownerId: draft.ownerId,
      title: draft.title,
      houseId: draft.houseId,
      createdAt: new Date(this.now()).toISOString(),
      photos,
      state: 'pending' as const,
      attempts: 0,
      nextTryAt: 0,
      error: null,
      syncedAt: null,
      receipt: null,
    }
    const item = { ...base, kind: draft.kind, action: OFFLINE_KINDS[draft.kind].action, input: draft.input } as QueueItem
    await this.save(item)
    return item
  }

  /**
   * Sends the owner's pending items, oldest first. `force` ignores the backoff wait (the
   * network just came back, or the person tapped 立即上传). One run at a time; a request
   * during a run schedules one more run.
   */
  sync(ownerId: string, opts: { force?: boolean } = {}): Promise<void> {
    const force = opts.force ?? false
    if (this.running) {
      this.again = { ownerId, force: force || (this.again?.force ?? false) }
      return this.running
    }
    this.running = (async () => {
      let next: { ownerId: string; force: boolean } | null = { ownerId, force }
      while (next) {
        await this.runOnce(next.ownerId, next.force)
        next = this.again
        this.again = null
      }
    })().finally(() => {
      this.running = null
    })
    return this.running
  }

  /**
   * The item once a send of it was tried — acknowledged, refused, or put back to wait for a
   * network — or as it stands after `waitMs`: a form waits this long for the server's answer
   * before it says the record is kept on the phone.
   */
  whenTried(id: string, waitMs: number): Promise<QueueItem | undefined> {
    const tried = (i: QueueItem | undefined) => !i || i.state === 'synced' || i.state === 'failed' || (i.state === 'pending' && i.attempts > 0)
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      const off = this.subscribe(() => {
        if (tried(this.items.get(id))) finish()
      })
      const finish = () => {
        off()
        clearTimeout(timer)
        resolve(this.items.get(id))
      }
      if (tried(this.items.get(id))) return finish()
      timer = setTimeout(finish, waitMs)
    })
  }

  /** A failed item goes back in line, e.g. after the person fixed what the server refused. */
  async retry(id: string): Promise<void> {
    await this.load()
    const item = this.items.get(id)
    if (!item || item.state === 'synced' || item.state === 'sending') return
    await this.save({ ...item, state: 'pending', attempts: 0, nextTryAt: 0, error: null })
    await this.sync(item.ownerId, { force: true })
  }

  /** Deletes a record and its photos: only by the person's own choice, never while sending. */
  async remove(id: string): Promise<boolean> {
    await this.load()
    const item = this.items.get(id)
    if (!item || item.state === 'sending') return false
    for (const p of item.photos) await this.store.deletePhoto(p.key).catch(() => undefined)
    await this.store.deleteItem(id)
    this.items.delete(id)
    this.emit()
    return true
  }

  private async runOnce(ownerId: string, force: boolean): Promise<void> {
    await this.load()
    const due = [...this.items.values()]
      .filter((i) => i.ownerId === ownerId && i.state === 'pending' && (force || i.nextTryAt <= this.now()))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    for (const item of due) {
      const gotThrough = await this.sendOne(item)
      // Without a network the rest would fail the same way; they wait for the next trigger.
      if (!gotThrough) break
    }
  }

  /** Returns false when the network failed, so the run stops early. */
  private async sendOne(start: QueueItem): Promise<boolean> {
    let item = this.setInMemory({ ...start, state: 'sending' })
    const photos = await uploadMissing(
      item.photos,
      (photo) => this.store.readPhoto(photo.key),
      (data, photo) => this.sender.upload(item, data, photo.fileName),
      async (next) => {
        item = await this.save({ ...item, photos: next })
      },
    )
    if (!photos.ok && photos.missing) {
      await this.settle(item, { code: 'VALIDATION', message: `第 ${photos.index + 1} 张照片在手机上找不到了，请删除这条记录后重新填写` })
      return true
    }
    if (!photos.ok) return this.settle(item, photos)
    const res = await this.sender.submit(item).catch((): Outcome<Receipt> => ({ ok: false, ...NO_NETWORK }))
    if (!res.ok) return this.settle(item, res)
    await this.save({ ...item, state: 'synced', syncedAt: new Date(this.now()).toISOString(), error: null, receipt: res.data })
    // The server has its own copy now; the phone's copies are no longer needed.
    for (const p of item.photos) await this.store.deletePhoto(p.key).catch(() => undefined)
    return true
  }

  private async settle(item: QueueItem, error: { code: string; message: string }): Promise<boolean> {
    const retryable = RETRYABLE.has(error.code)
    const attempts = item.attempts + 1
    await this.save({
      ...item,
      state: retryable ? 'pending' : 'failed',
      attempts,
      nextTryAt: retryable ? this.now() + this.backoff(attempts) : 0,
      error: { code: error.code, message: error.message },
    })
    return !retryable
  }

  private async save(item: QueueItem): Promise<QueueItem> {
    await this.store.saveItem(item)
    return this.setInMemory(item)
  }

  private setInMemory(item: QueueItem): QueueItem {
    this.items.set(item.id, item)
    this.emit()
    return item
  }

  private emit(): void {
    this.snapshot = [...this.items.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    this.listeners.forEach((l) => l())
  }
}
