// Delivers pending outbox messages by the Notifier (a WeChat subscription message in the
// cloud). A message needs the user's consent for its kind: a one-time consent is used up
// by one message; without consent the message stays in the inbox only. 43101 (refused
// or used up) stops that kind for that user until he consents again; other WeChat
// refusals are defects to log, not to retry (a refused template id is recorded once for
// 系统状态, see template-defects.ts); transient failures retry with backoff.
//
// Ticks may overlap (a slow cloud tick and the next timer, two instances), so a sender
// first claims a message: a compare-and-set on its revision to `sending` with a lease
// (owner, expiry). Only the claimant sends; a claim whose lease ran out (its sender
// died) is taken over by a later tick. What this cannot prevent: a sender that dies
// after WeChat accepted a message and before it is marked sent leaves the claim to
// expire, and the next tick sends that one message again. WeChat offers no idempotency
// key for subscription messages, so at most that one message per crash is repeated.
import crypto from 'node:crypto'
import { AppError } from '../../../domain/errors'
import type { Deps } from '../../core/deps'
import type { Collection } from '../../ports/store'
import type { OutboxDoc } from '../../store/docs'
import { clearConsent, giveBackConsent, takeConsent } from './consent-use'
import { defectCodeOf, recordTemplateDefect, templateRefusals } from './template-defects'

const BACKOFF_MINUTES = [1, 5, 30, 120, 600]
const BATCH = 100
/** Far longer than one send (a cloud function stops after 60 s at most). */
export const OUTBOX_LEASE_MS = 5 * 60_000

export const consentId = (userId: string, kind: string) => `${userId}:${kind}`

export interface DispatchReport {
  sent: number
  skipped: number
  failed: number
  retried: number
}

type Patch = Partial<Omit<OutboxDoc, '_id' | '_rev'>>

const isConflict = (err: unknown) => err instanceof AppError && err.code === 'CONFLICT'

/** Claims the message for this sender; the claimed revision, or null when another sender has it. */
async function claim(outbox: Collection<OutboxDoc>, m: OutboxDoc, owner: string, leaseUntil: string): Promise<number | null> {
  const rev = m._rev ?? 0
  try {
    return (await outbox.update(m._id, { status: 'sending', leaseOwner: owner, leaseUntil }, { ifRev: rev })) ? rev + 1 : null
  } catch (err) {
    if (isConflict(err)) return null
    throw err
  }
}

/** Records the outcome, unless the claim was lost meanwhile (then the new claimant's outcome stands). */
async function settle(deps: Deps, outbox: Collection<OutboxDoc>, id: string, rev: number, patch: Patch): Promise<boolean> {
  try {
    await outbox.update(id, { ...patch, leaseOwner: null, leaseUntil: null }, { ifRev: rev })
    return true
  } catch (err) {
    if (!isConflict(err)) throw err
    deps.log.error('outbox claim lost before its outcome was recorded', { id })
    return false
  }
}

/** One sender's run: it claims, sends and records, and counts what happened. */
function sender(deps: Deps) {
  const report: DispatchReport = { sent: 0, skipped: 0, failed: 0, retried: 0 }
  const outbox = deps.store.collection('outbox')
  const consents = deps.store.collection('consents')
  const owner = crypto.randomUUID()
  const refusals = templateRefusals(deps)

  async function send(m: OutboxDoc): Promise<void> {
    const now = deps.clock.now()
    const nowIso = now.toISOString()
    const rev = await claim(outbox, m, owner, new Date(now.getTime() + OUTBOX_LEASE_MS).toISOString())
    if (rev === null) return
    // A template WeChat refuses whole is not tried again: the message stays in the inbox.
    const templateId = deps.config.templateIds[m.kind]
    const refusedWith = await refusals.refused(templateId)
    if (refusedWith !== null) {
      if (await settle(deps, outbox, m._id, rev, { status: 'failed', lastError: `WX_${refusedWith}` })) report.failed++
      return
    }
    const cid = consentId(m.userId, m.kind)
    const use = await takeConsent(consents, cid, nowIso)
    if (use === 'busy') {
      // Others kept changing the consent: try again a minute later, not in this loop.
      await settle(deps, outbox, m._id, rev, { status: 'pending', nextAttemptAt: new Date(now.getTime() + 60_000).toISOString() })
      return
    }
    if (use === 'none') {
      if (await settle(deps, outbox, m._id, rev, { status: 'skipped', lastError: 'NO_CONSENT' })) report.skipped++
      return
    }
    const giveBack = () => (use === 'oneTime' ? giveBackConsent(consents, cid, nowIso) : Promise.resolve())
    let result: { delivered: boolean; error?: string }
    try {
      result = await deps.notifier.deliver({ id: m._id, userId: m.userId, kind: m.kind, title: m.title, body: m.body, page: m.page, fields: m.fields })
    } catch (err) {
      await giveBack()
      const attempts = m.attempts + 1
      const minutes = BACKOFF_MINUTES[attempts - 1]
      const settled = await settle(deps, outbox, m._id, rev, {
        attempts,
        lastError: err instanceof Error ? err.message : String(err),
        ...(minutes === undefined ? { status: 'failed' as const } : { status: 'pending' as const, nextAttemptAt: new Date(deps.clock.now().getTime() + minutes * 60_000).toISOString() }),
      })
      if (settled && minutes === undefined) report.failed++
      else if (settled) report.retried++
      return
    }
    if (result.delivered) {
      // A crash right here repeats this one message after the lease (see the top).
      if (await settle(deps, outbox, m._id, rev, { status: 'sent', sentAt: nowIso, attempts: m.attempts + 1 })) report.sent++
    } else if (result.error === 'NO_CONSENT') {
      await clearConsent(consents, cid, nowIso)
      if (await settle(deps, outbox, m._id, rev, { status: 'skipped', lastError: 'NO_CONSENT' })) report.skipped++
    } else {
      // NO_TEMPLATE / NO_OPENID: inbox only. WX_47003 etc.: logged by the notifier as a defect.
      await giveBack()
      const failed = result.error?.startsWith('WX_') ?? false
      const defect = defectCodeOf(result.error)
      if (defect !== null && templateId) {
        await recordTemplateDefect(deps, { kind: m.kind, templateId, errCode: defect, messageId: m._id }, nowIso)
        refusals.note(templateId, defect)
      }
      if (await settle(deps, outbox, m._id, rev, { status: failed ? 'failed' : 'skipped', lastError: result.error ?? null })) {
        if (failed) report.failed++
        else report.skipped++
      }
    }
  }

  return { report, outbox, send }
}

export async function dispatchOutbox(deps: Deps, deadline: number): Promise<DispatchReport> {
  const { report, outbox, send } = sender(deps)
  for (;;) {
    const nowIso = deps.clock.now().toISOString()
    const due = await outbox.find({ where: { status: 'pending', nextAttemptAt: { $lte: nowIso } }, orderBy: [['status', 'asc'], ['nextAttemptAt', 'asc']], limit: BATCH })
    const abandoned = await outbox.find({ where: { status: 'sending', leaseUntil: { $lte: nowIso } }, orderBy: [['status', 'asc'], ['leaseUntil', 'asc']], limit: BATCH })
    if (due.length === 0 && abandoned.length === 0) return report
    for (const m of [...abandoned, ...due]) {
      await send(m)
      if (Date.now() > deadline) return report
    }
  }
}

/**
 * Sends these messages now, if still pending: the urgent ones an action just wrote, so a
 * 重大紧急 report or a red warning is on the phone before the action answers. Whatever is
 * not sent by the deadline (or fails) stays pending for the next tick.
 */
export async function deliverNow(deps: Deps, ids: string[], deadline: number): Promise<DispatchReport> {
  const { report, outbox, send } = sender(deps)
  for (const m of await outbox.getMany(ids)) {
    if (Date.now() > deadline) break
    if (m.status === 'pending') await send(m)
  }
  return report
}
