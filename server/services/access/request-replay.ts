// Retry-safe access changes: the audit entry of a change has an id made from the client's
// request id, written in the same transaction as the change. A retry finds it and gets the
// first call's answer; the same id for anything else is a CONFLICT.
import { AppError } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { TxStore } from '../../ports/store'
import { auditEntry } from '../audit'

export const requestAuditId = (requestId: string) => `au-rq-${requestId}`

/**
 * True when this caller already made this very request (same action and subject, on a
 * street he still works for); CONFLICT when the id was used for something else.
 */
export async function isReplay(ctx: Ctx, requestId: string, action: string, subjectId: string, streetIds: Set<string>): Promise<boolean> {
  const prior = await ctx.deps.store.collection('audit').get(requestAuditId(requestId))
  if (!prior) return false
  const same = prior.actorId === ctx.user._id && prior.action === action && prior.subjectId === subjectId && streetIds.has(String(prior.detail.streetId))
  if (!same) throw new AppError('CONFLICT', '这个操作编号已被使用，请刷新后重试')
  return true
}

/**
 * The same question asked where the scope check has already failed: true only for the
 * caller's own earlier request; anything else is for the caller's own refusal to answer,
 * so a taken id of another street says nothing.
 */
export async function isOwnReplay(ctx: Ctx, requestId: string, action: string, subjectId: string, streetIds: Set<string>): Promise<boolean> {
  const prior = await ctx.deps.store.collection('audit').get(requestAuditId(requestId))
  return !!prior && prior.actorId === ctx.user._id && prior.action === action && prior.subjectId === subjectId && streetIds.has(String(prior.detail.streetId))
}

/** Writes the audit entry of the change; CONFLICT when a concurrent retry got there first. */
export async function recordRequest(tx: TxStore, ctx: Ctx, requestId: string, action: string, subjectId: string, detail: Record<string, unknown>): Promise<void> {
  await tx.collection('audit').insert({ ...auditEntry(ctx.deps, ctx.user._id, action, subjectId, detail), _id: requestAuditId(requestId) })
}
