// Accepting a one-time invitation code. Guesses are counted before the code is looked up
// (see services/attempts); the code is claimed, the grants given and, for a farmer, the
// household's seat taken in one transaction, so a refused binding leaves the code unused.
// The account's name is the one the inviter set, never one typed by whoever accepts.
import { AppError } from '../../../domain'
import type { GuestCtx } from '../../core/context'
import type { TxStore } from '../../ports/store'
import type { InvitationDoc, UserDoc } from '../../store/docs'
import { MAX_FAILURES, releaseAttempt, releaseIn, reserveAttempt } from '../attempts'
import { audit } from '../audit'
import { normalizeCode } from '../invitations'
import { grantToIn, userIdOf } from './accounts'
import { withHouseholdSeat } from './household-seats'

function unusable(invite: InvitationDoc | null | undefined, now: Date): string | null {
  if (!invite) return '邀请码不对，请核对'
  if (invite.revokedAt) return '这个邀请码已作废，请重新索取'
  if (invite.usedAt) return '这个邀请码已经用过了'
  if (new Date(invite.expiresAt) < now) return '邀请码已过期，请重新索取'
  return null
}

export async function acceptInvite(ctx: GuestCtx, openid: string, code: string): Promise<UserDoc> {
  const { deps } = ctx
  const key = `invite-${deps.personal.hash(`openid:${openid}`).slice(0, 24)}`
  const reservation = await reserveAttempt(deps, [{ key, max: MAX_FAILURES }], '尝试次数太多，已暂停 24 小时。请向邀请人重新索取邀请码')
  const codeHash = deps.personal.hash(`invite:${normalizeCode(code)}`)
  const [invite] = await deps.store.collection('invitations').find({ where: { codeHash }, limit: 1 })
  const now = deps.clock.now()
  const refusal = unusable(invite, now)
  if (refusal || !invite) throw new AppError('NOT_FOUND', refusal ?? undefined)

  const household = invite.householdId ? await deps.store.collection('households').get(invite.householdId) : null
  const name = household?.headName ?? invite.label
  const accountId = ctx.user?._id ?? userIdOf(deps, openid)
  const write = async (tx: TxStore): Promise<UserDoc> => {
    const invites = tx.collection('invitations')
    // Claimed by revision: of two people scanning at once, one wins.
    const current = await invites.get(invite._id)
    const late = unusable(current, now)
    if (late || !current) throw new AppError('NOT_FOUND', late ?? undefined)
    await invites.update(invite._id, { usedAt: now.toISOString(), usedBy: accountId }, { ifRev: current._rev })
    const user = await grantToIn(tx, deps, openid, ctx.user?._id ?? null, name, invite.grants, invite.householdId)
    await releaseIn(tx, reservation, () => MAX_FAILURES, now.getTime())
    await audit(deps, user._id, 'invite.accept', invite._id, { grants: invite.grants }, tx)
    return user
  }
  try {
    return await (invite.householdId ? withHouseholdSeat(deps, invite.householdId, accountId, write) : deps.store.transaction(write))
  } catch (err) {
    // A right code refused for another reason (the household is full) is no failed guess.
    if (!(err instanceof AppError && err.code === 'NOT_FOUND')) await releaseAttempt(deps, reservation, () => MAX_FAILURES)
    throw err
  }
}
