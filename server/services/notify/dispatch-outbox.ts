// Delivers pending outbox messages by the Notifier (a WeChat subscription message in the
// cloud). A message needs the user's consent for its kind: a one-time consent is used up
// by one message; without consent the message stays in the inbox only. 43101 (refused
// or used up) stops that kind for that user until he consents again; other WeChat
// refusals are defects to log, not to retry (a refused template id is recorded once for
// 系统状态, see template-defects.ts); transient failures retry with backoff.
//
// Ticks may overlap (a slow cloud tick and the next timer, two instances), so a sender
// first claims messages: one conditional update of a batch to `sending` with a lease
// (owner, expiry) — a message still pending (or whose lease ran out: its sender died)
// is claimed by exactly one sender — then reads back which are its own. Only the
// claimant sends; what it has not reached by its deadline it hands back at once. Sent
// messages are recorded a few at a time (one request for up to SETTLE_EVERY): on
// CloudBase a claim, a consent read and a settlement per message made a storm's outbox
// ~5 requests a message. What this cannot prevent: a sender that dies after WeChat
// accepted messages and before they are recorded leaves their claims to expire, and a
// later tick sends those (at most SETTLE_EVERY) again. WeChat offers no idempotency key
// for subscription messages.
import crypto from 'node:crypto'
import { AppError } from '../../../domain/errors'
import type { Deps } from '../../core/deps'
import type { Collection } from '../../ports/store'
import type { ConsentDoc, OutboxDoc } from '../../store/docs'
import { clearConsent, giveBackConsent, takeConsent } from './consent-use'
import { defectCodeOf, recordTemplateDefect, templateRefusals } from './template-defects'

const BACKOFF_MINUTES = [1, 5, 30, 120, 600]
const BATCH = 100
/** Sent messages recorded in one request: also the most one crash can send twice. */
const SETTLE_EVERY = 10
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
  const mine = { leaseOwner: owner, status: 'sending' as const }

  /**
   * Claims those of `candidates` that are still free (pending, or `sending` with a lease
   * that ran out), in at most two requests, and reads back the ones this sender holds.
   */
  async function claim(candidates: OutboxDoc[], opts: { dueOnly: boolean }): Promise<OutboxDoc[]> {
    if (candidates.length === 0) return []
    const now = deps.clock.now()
    const nowIso = now.toISOString()
    const lease = { status: 'sending' as const, leaseOwner: owner, leaseUntil: new Date(now.getTime() + OUTBOX_LEASE_MS).toISOString() }
    const idsOf = (status: OutboxDoc['status']) => candidates.filter((m) => m.status === status).map((m) => m._id)
    const pending = idsOf('pending')
    const abandoned = idsOf('sending')
    if (pending.length) await outbox.updateWhere({ _id: { $in: pending }, status: 'pending', ...(opts.dueOnly ? { nextAttemptAt: { $lte: nowIso } } : {}) }, lease)
    if (abandoned.length) await outbox.updateWhere({ _id: { $in: abandoned }, status: 'sending', leaseUntil: { $lte: nowIso } }, lease)
    const held = new Map((await outbox.getMany(candidates.map((m) => m._id))).filter((m) => m.status === 'sending' && m.leaseOwner === owner).map((m) => [m._id, m]))
    return candidates.flatMap((m) => held.get(m._id) ?? [])
  }

  /** Hands back claimed messages this run will not reach: the next run need not wait for their lease. */
  async function release(ids: string[]): Promise<void> {
    if (ids.length) await outbox.updateWhere({ _id: { $in: ids }, ...mine }, { status: 'pending', leaseOwner: null, leaseUntil: null })
  }

  /** Records delivered messages, a request per number of earlier attempts (almost always one). */
  async function recordSent(delivered: OutboxDoc[]): Promise<void> {
    const nowIso = deps.clock.now().toISOString()
    const byAttempts = new Map<number, string[]>()
    for (const m of delivered) byAttempts.set(m.attempts + 1, [...(byAttempts.get(m.attempts + 1) ?? []), m._id])
    for (const [attempts, ids] of byAttempts) {
      const recorded = await outbox.updateWhere({ _id: { $in: ids }, ...mine }, { status: 'sent', sentAt: nowIso, attempts, leaseOwner: null, leaseUntil: null })
      report.sent += recorded
      if (recorded < ids.length) deps.log.error('outbox claims lost before their sending was recorded', { ids })
    }
    delivered.length = 0
  }

  /** Sends one claimed message; true when WeChat took it (recorded by the caller), else its outcome is recorded here. */
  async function sendOne(m: OutboxDoc, consent: ConsentDoc | null | undefined, openid: string | null | undefined): Promise<boolean> {
    const now = deps.clock.now()
    const nowIso = now.toISOString()
    const rev = m._rev ?? 0
    // A template WeChat refuses whole is not tried again: the message stays in the inbox.
    const templateId = deps.config.templateIds[m.kind]
    const refusedWith = await refusals.refused(templateId)
    if (refusedWith !== null) {
      if (await settle(deps, outbox, m._id, rev, { status: 'failed', lastError: `WX_${refusedWith}` })) report.failed++
      return false
    }
    const cid = consentId(m.userId, m.kind)
    const use = await takeConsent(consents, cid, nowIso, consent)
    if (use === 'busy') {
      // Others kept changing the consent: try again a minute later, not in this loop.
      await settle(deps, outbox, m._id, rev, { status: 'pending', nextAttemptAt: new Date(now.getTime() + 60_000).toISOString() })
      return false
    }
    if (use === 'none') {
      if (await settle(deps, outbox, m._id, rev, { status: 'skipped', lastError: 'NO_CONSENT' })) report.skipped++
      return false
    }
    const giveBack = () => (use === 'oneTime' ? giveBackConsent(consents, cid, nowIso) : Promise.resolve())
    let result: { delivered: boolean; error?: string }
    try {
      result = await deps.notifier.deliver({ id: m._id, userId: m.userId, kind: m.kind, title: m.title, body: m.body, page: m.page, fields: m.fields, ...(openid !== undefined ? { openid } : {}) })
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
      return false
    }
    if (result.delivered) return true
    if (result.error === 'NO_CONSENT') {
      await clearConsent(consents, cid, nowIso)
      if (await settle(deps, outbox, m._id, rev, { status: 'skipped', lastError: 'NO_CONSENT' })) report.skipped++
      return false
    }
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
    return false
  }

  /**
   * Sends claimed messages in order until the deadline; false when it stopped for time.
   * `atLeastOne`: the first goes out even past the deadline (a tick always moves the outbox on).
   */
  async function sendClaimed(claimed: OutboxDoc[], deadline: number, atLeastOne: boolean): Promise<boolean> {
    // Each message's consent, read for the batch in one request; a one-time consent taken
    // is read again for a later message of the same user and kind.
    const cids = [...new Set(claimed.map((m) => consentId(m.userId, m.kind)))]
    const found = new Map((await consents.getMany(cids)).map((c) => [c._id, c]))
    // null: read, and there is none; absent from the map: read it when needed.
    const read = new Map<string, ConsentDoc | null>(cids.map((cid) => [cid, found.get(cid) ?? null]))
    // Their recipients' openids, in one request too.
    const openids = new Map((await deps.store.collection('users').getMany([...new Set(claimed.map((m) => m.userId))])).map((u) => [u._id, u.openid ?? null]))
    const delivered: OutboxDoc[] = []
    for (const [i, m] of claimed.entries()) {
      if ((i > 0 || !atLeastOne) && Date.now() >= deadline) {
        await recordSent(delivered)
        await release(claimed.slice(i).map((x) => x._id))
        return false
      }
      const cid = consentId(m.userId, m.kind)
      const consent = read.has(cid) ? read.get(cid)! : undefined
      read.delete(cid)
      if (await sendOne(m, consent, openids.get(m.userId) ?? null)) {
        delivered.push(m)
        // A crash right after WeChat took them repeats these (see the top).
        if (delivered.length >= SETTLE_EVERY) await recordSent(delivered)
      }
    }
    await recordSent(delivered)
    return true
  }

  return { report, outbox, claim, sendClaimed }
}

export async function dispatchOutbox(deps: Deps, deadline: number): Promise<DispatchReport> {
  const { report, outbox, claim, sendClaimed } = sender(deps)
  for (;;) {
    const nowIso = deps.clock.now().toISOString()
    const due = await outbox.find({ where: { status: 'pending', nextAttemptAt: { $lte: nowIso } }, orderBy: [['status', 'asc'], ['nextAttemptAt', 'asc']], limit: BATCH })
    const abandoned = await outbox.find({ where: { status: 'sending', leaseUntil: { $lte: nowIso } }, orderBy: [['status', 'asc'], ['leaseUntil', 'asc']], limit: BATCH })
    if (due.length === 0 && abandoned.length === 0) return report
    // Another sender may have taken some or all of them meanwhile: the rest are this one's.
    const claimed = await claim([...abandoned, ...due], { dueOnly: true })
    if (!(await sendClaimed(claimed, deadline, true)) || Date.now() > deadline) return report
  }
}

/**
 * Sends these messages now, if still pending: the urgent ones an action just wrote, so a
 * 重大紧急 report or a red warning is on the phone before the action answers. Whatever is
 * not sent by the deadline (or fails) stays pending for the next tick.
 */
export async function deliverNow(deps: Deps, ids: string[], deadline: number): Promise<DispatchReport> {
  const { report, outbox, claim, sendClaimed } = sender(deps)
  if (ids.length === 0 || Date.now() > deadline) return report
  const pending = (await outbox.getMany(ids)).filter((m) => m.status === 'pending')
  // No time left (a zero budget: every push waits for the tick): nothing is claimed.
  if (pending.length === 0 || Date.now() >= deadline) return report
  await sendClaimed(await claim(pending, { dueOnly: false }), deadline, false)
  return report
}
