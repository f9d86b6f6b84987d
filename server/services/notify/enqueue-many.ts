// Many notices at once, for the jobs that tell a district (reminders, a storm's warnings):
// on CloudBase, enqueue() in a transaction costs a read and two writes per message, each
// a round trip; here the ones already queued are found 500 to a request and the rest are
// added 100 to a request. Each message still goes out exactly once: ids derive from the
// cause, the outbox is written before the inbox (a notice is done once its inbox entry
// exists), and a batch that meets one already written (a run cut short, another tick at
// once) is finished notice by notice in transactions that skip what exists.
import { AppError } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { TxStore } from '../../ports/store'
import { inboxOf, noticeId, outboxOf, type Notice } from './enqueue'
import { noteUrgent } from './urgent'

/** One notice, whatever part of it an earlier run wrote; false when it was complete already. */
async function finishOne(tx: TxStore, n: Notice, nowIso: string): Promise<boolean> {
  const id = noticeId(n)
  if (await tx.collection('inbox').get(id)) return false
  if (!(await tx.collection('outbox').get(id))) await tx.collection('outbox').insert(outboxOf(n, nowIso))
  await tx.collection('inbox').insert(inboxOf(n, nowIso))
  return true
}

/** Queues the notices (each once, the first of equal ids kept); returns how many were new. */
export async function enqueueMany(deps: Deps, notices: Notice[], nowIso: string): Promise<number> {
  const byId = new Map<string, Notice>()
  for (const n of notices) if (!byId.has(noticeId(n))) byId.set(noticeId(n), n)
  if (byId.size === 0) return 0
  const queued = new Set((await deps.store.collection('inbox').getMany([...byId.keys()])).map((d) => d._id))
  const fresh = [...byId.values()].filter((n) => !queued.has(noticeId(n)))
  if (fresh.length === 0) return 0
  try {
    await deps.store.collection('outbox').insertMany(fresh.map((n) => outboxOf(n, nowIso)))
    await deps.store.collection('inbox').insertMany(fresh.map((n) => inboxOf(n, nowIso)))
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err
    let added = 0
    for (const n of fresh) if (await deps.store.transaction((tx) => finishOne(tx, n, nowIso))) added++
    for (const n of fresh) if (n.urgent) noteUrgent(noticeId(n))
    return added
  }
  for (const n of fresh) if (n.urgent) noteUrgent(noticeId(n))
  return fresh.length
}
