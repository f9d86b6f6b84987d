// Delivers pending outbox messages by the Notifier (a WeChat subscription message in the
// cloud). A message needs the user's consent for its kind: a one-time consent is used up
// by one message; without consent the message stays in the inbox only. 43101 (refused
// or used up) stops that kind for that user until he consents again; other WeChat
// refusals are defects to log, not to retry; transient failures retry with backoff.
import type { Deps } from '../../core/deps'
import type { ConsentDoc, OutboxDoc } from '../../store/docs'

const BACKOFF_MINUTES = [1, 5, 30, 120, 600]
const BATCH = 100

export const consentId = (userId: string, kind: string) => `${userId}:${kind}`

export interface DispatchReport {
  sent: number
  skipped: number
  failed: number
  retried: number
}

export async function dispatchOutbox(deps: Deps, deadline: number): Promise<DispatchReport> {
  const report: DispatchReport = { sent: 0, skipped: 0, failed: 0, retried: 0 }
  const outbox = deps.store.collection<OutboxDoc>('outbox')
  const consents = deps.store.collection<ConsentDoc>('consents')
  for (;;) {
    const nowIso = deps.clock.now().toISOString()
    const due = await outbox.find({ where: { status: 'pending', nextAttemptAt: { $lte: nowIso } }, orderBy: [['status', 'asc'], ['nextAttemptAt', 'asc']], limit: BATCH })
    if (due.length === 0) return report
    for (const m of due) {
      const consent = await consents.get(consentId(m.userId, m.kind))
      if (!consent || (!consent.longTerm && consent.remaining <= 0)) {
        await outbox.update(m._id, { status: 'skipped', lastError: 'NO_CONSENT' })
        report.skipped++
        continue
      }
      let result: { delivered: boolean; error?: string }
      try {
        result = await deps.notifier.deliver({ id: m._id, userId: m.userId, kind: m.kind, title: m.title, body: m.body, page: m.page, fields: m.fields })
      } catch (err) {
        const attempts = m.attempts + 1
        const minutes = BACKOFF_MINUTES[attempts - 1]
        await outbox.update(m._id, {
          attempts,
          lastError: err instanceof Error ? err.message : String(err),
          ...(minutes === undefined ? { status: 'failed' as const } : { nextAttemptAt: new Date(deps.clock.now().getTime() + minutes * 60_000).toISOString() }),
        })
        if (minutes === undefined) report.failed++
        else report.retried++
        continue
      }
      if (result.delivered) {
        await outbox.update(m._id, { status: 'sent', sentAt: nowIso, attempts: m.attempts + 1 })
        if (!consent.longTerm) await consents.update(consent._id, { remaining: Math.max(0, consent.remaining - 1), updatedAt: nowIso })
        report.sent++
      } else if (result.error === 'NO_CONSENT') {
        await outbox.update(m._id, { status: 'skipped', lastError: 'NO_CONSENT' })
        await consents.update(consent._id, { remaining: 0, longTerm: false, updatedAt: nowIso })
        report.skipped++
      } else {
        // NO_TEMPLATE / NO_OPENID: inbox only. WX_47003 etc.: logged by the notifier as a defect.
        await outbox.update(m._id, { status: result.error?.startsWith('WX_') ? 'failed' : 'skipped', lastError: result.error ?? null })
        if (result.error?.startsWith('WX_')) report.failed++
        else report.skipped++
      }
      if (Date.now() > deadline) return report
    }
  }
}
