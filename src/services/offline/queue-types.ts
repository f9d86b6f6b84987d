// The outbox's records and its two ports: where records and photo bytes are kept (a
// QueueStore per platform) and how they are sent (a QueueSender). Kept apart from the
// queue logic so each platform file and the tests depend on these shapes only.
import type { OfflineAction, OfflineKindName, OfflinePayload, Receipt } from './kinds'
import type { PhotoFacts } from '../photo-stamp'

export type QueueState = 'pending' | 'sending' | 'synced' | 'failed'

export type PatrolPayload = OfflinePayload<'patrol'>
export type SelfCheckPayload = OfflinePayload<'selfCheck'>
export type HouseRegisterPayload = OfflinePayload<'houseRegister'>
export type DisasterReportPayload = OfflinePayload<'disasterReport'>
export type CaseMovePayload = OfflinePayload<'caseMove'>
export type CaseRecordPayload = OfflinePayload<'caseRecord'>
export type { Receipt }

/** A taken photo in the outbox: its facts, and where its bytes wait until uploaded. */
export type QueuedPhoto = PhotoFacts & {
  /** Where the stamped bytes are kept on the phone until the upload succeeded. */
  key: string
  fileName: string
  /** Set once uploaded. */
  fileId: string | null
}

interface ItemBase {
  /** The record's own id, made by the client: the server dedupes on it. */
  id: string
  /** The account that made it; only that account sends it. */
  ownerId: string
  /** Plain words for lists, e.g. "张** 玉龙村3组…". */
  title: string
  houseId: string
  createdAt: string
  photos: QueuedPhoto[]
  state: QueueState
  attempts: number
  /** Epoch ms before which an automatic retry waits. */
  nextTryAt: number
  error: { code: string; message: string } | null
  syncedAt: string | null
  receipt: Receipt | null
}

/** A record of one kind and what it sends (see kinds.ts). */
type Record_ = { [K in OfflineKindName]: { kind: K; input: OfflinePayload<K> } }[OfflineKindName]

/** A queued record carries its kind's action name, so sending it needs nothing per kind. */
export type QueueItem = ItemBase & Record_ & { action: OfflineAction }

/** A taken photo handed to the outbox: its facts and its bytes. */
export type NewPhoto<P> = PhotoFacts & {
  data: P
  fileName: string
}

export type Draft<P> = Pick<ItemBase, 'id' | 'ownerId' | 'title' | 'houseId'> & {
  photos: NewPhoto<P>[]
} & Record_

export type Outcome<T> = { ok: true; data: T } | { ok: false; code: string; message: string }

/** Where records and photo bytes live: storage + files on weapp, IndexedDB on h5. */
export interface QueueStore<P> {
  loadItems(): Promise<QueueItem[]>
  saveItem(item: QueueItem): Promise<void>
  deleteItem(id: string): Promise<void>
  savePhoto(key: string, data: P): Promise<void>
  /** null when the bytes are gone. */
  readPhoto(key: string): Promise<P | null>
  deletePhoto(key: string): Promise<void>
}

/** The network side. Neither method should throw; a throw counts as "no network". */
export interface QueueSender<P> {
  upload(item: QueueItem, data: P, fileName: string): Promise<Outcome<string>>
  submit(item: QueueItem): Promise<Outcome<Receipt>>
}

export interface QueueOptions {
  now?: () => number
  /** Wait before automatic retry number `attempts` (1-based). */
  backoffMs?: (attempts: number) => number
  /** How long a synced record stays listed as "已上传". */
  keepSyncedMs?: number
}
