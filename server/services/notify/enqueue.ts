// Notifications go through an outbox: written in the same transaction as the change that
// causes them, with the in-app inbox entry beside it, so a message is never lost and
// never sent for a change that did not happen. Ids derive from the cause, so a replay
// adds nothing.
import type { MessageKind, TemplateFields } from '../../../domain'
import type { TxStore } from '../../ports/store'
import type { InboxDoc, OutboxDoc } from '../../store/docs'
import { noteUrgent } from './urgent'

interface NoticeBase {
  /** Stable id of what causes the message, e.g. "campaign:cmp-1" or "remind:task-9:before". */
  cause: string
  userId: string
  title: string
  body: string
  page: string
  /** Sent right after the action that writes it, not only on the next tick. */
  urgent?: boolean
}

/** A notice of kind K: its fields are exactly the keywords of K's template (domain/notifications.ts). */
export type NoticeOf<K extends MessageKind> = NoticeBase & { kind: K; fields: TemplateFields<K> }

/** A notice of any kind, each kind with its own fields. */
export type Notice = { [K in MessageKind]: NoticeOf<K> }[MessageKind]

/** Builds a notice of one kind; its fields are checked against that kind's template. */
export const noticeOf = <K extends MessageKind>(kind: K, notice: Omit<NoticeOf<K>, 'kind'>): NoticeOf<K> => ({ ...notice, kind }) as NoticeOf<K>

export const noticeId = (n: { cause: string; userId: string }) => `ntf-${n.cause}-${n.userId}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 200)

/** What the stored copies keep of a notice of any kind. */
type StoredNotice = NoticeBase & { kind: MessageKind; fields: Record<string, string> }

/** The inbox copy of a notice, and its outbox copy waiting to be sent (enqueue-many writes the same). */
export const inboxOf = (n: StoredNotice, nowIso: string): InboxDoc => ({ _id: noticeId(n), userId: n.userId, kind: n.kind, title: n.title, body: n.body, page: n.page, createdAt: nowIso, readAt: null })

export const outboxOf = (n: StoredNotice, nowIso: string): OutboxDoc => ({
  _id: noticeId(n),
  userId: n.userId,
  kind: n.kind,
  title: n.title,
  body: n.body,
  page: n.page,
  fields: n.fields,
  status: 'pending',
  attempts: 0,
  nextAttemptAt: nowIso,
  lastError: null,
  createdAt: nowIso,
  sentAt: null,
})

/** Adds the notice to the user's inbox and the outbox; false when it was already there. */
export async function enqueue<K extends MessageKind>(tx: TxStore, n: NoticeOf<K>, nowIso: string): Promise<boolean> {
  const id = noticeId(n)
  if (await tx.collection('inbox').get(id)) return false
  await tx.collection('inbox').insert(inboxOf(n, nowIso))
  await tx.collection('outbox').insert(outboxOf(n, nowIso))
  if (n.urgent) noteUrgent(id)
  return true
}
