// Invitation codes: street staff make, list and withdraw them; anyone signed in accepts one.
import { AppError, STREET_ROLES, maskName, type RoleGrant } from '../../domain'
import { requireOpenid } from '../core/context'
import { handlers } from '../core/handler'
import { ownReplay } from '../core/replay'
import { acceptInvite } from '../services/access/accept-invite'
import { audit, auditEntry } from '../services/audit'
import { invitationView, newInviteCode, storeInviteImage } from '../services/invitations'
import { buildMe } from '../services/me'
import type { InvitationDoc } from '../store/docs'
import { streetReach } from '../services/access/street-reach'
import { requireDistrictInviter } from '../services/access/district-inviter'

export const inviteHandlers = handlers({
  'invite.accept': async (ctx, input) => buildMe(ctx.deps, await acceptInvite(ctx, requireOpenid(ctx), input.code)),

  'invite.create': async (ctx, input) => {
    const { deps } = ctx
    const col = deps.store.collection('invitations')
    let grants: RoleGrant[]
    let householdId: string | null = null
    let label: string
    if (input.kind === 'farmer') {
      const hh = await deps.store.collection('households').get(input.householdId)
      if (!hh) throw new AppError('NOT_FOUND', '没有找到这户')
      ctx.requireVillage(hh.villageId)
      grants = [{ role: 'farmer', orgId: hh.villageId }]
      householdId = hh._id
      label = `农户 ${maskName(hh.headName)}`
    } else {
      if (ctx.streetsWith(['staff', 'district']).length === 0) throw new AppError('FORBIDDEN', '只有街道建管办可以邀请工作人员')
      // Each invited grant needs the caller's staff grant over that org, not any grant.
      for (const g of input.grants) {
        if (g.role === 'farmer') throw new AppError('VALIDATION', '农户请用“农户邀请”')
        if (g.role === 'district') await requireDistrictInviter(ctx, g.orgId)
        else if (g.role === 'inspector') ctx.requireVillage(g.orgId, ['staff'])
        else if (STREET_ROLES.includes(g.role) && !ctx.streetsWith(['staff']).includes(g.orgId)) throw new AppError('FORBIDDEN', '只能邀请本街道的人员')
      }
      grants = input.grants
      label = input.name
    }
    // Replays are answered after the scope checks above, and only to whoever made the invitation.
    const existing = await col.get(input.inviteId)
    if (existing) return invitationView(deps, ownReplay(existing, (i) => i.createdBy === ctx.user._id))
    const code = newInviteCode()
    const now = ctx.now()
    const doc: InvitationDoc = {
      _id: input.inviteId,
      kind: input.kind,
      codeHash: deps.personal.hash(`invite:${code}`),
      codeEnc: deps.personal.seal(code).enc,
      qrFileId: null,
      label,
      grants,
      householdId,
      createdBy: ctx.user._id,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + deps.config.inviteTtlDays * 86400_000).toISOString(),
      usedAt: null,
      usedBy: null,
    }
    doc.qrFileId = await storeInviteImage(deps, doc, code)
    await col.insert(doc)
    await audit(deps, ctx.user._id, 'invite.create', doc._id, { kind: doc.kind, grants })
    return invitationView(deps, doc)
  },

  'invite.list': async (ctx) => {
    const docs = await ctx.deps.store.collection('invitations').find({
      where: { createdBy: ctx.user._id },
      orderBy: [['createdBy', 'asc'], ['createdAt', 'desc']],
      limit: 50,
    })
    return Promise.all(docs.map((d) => invitationView(ctx.deps, d)))
  },
  'invite.revoke': async (ctx, input) => {
    const { deps } = ctx
    const col = deps.store.collection('invitations')
    const invite = await col.get(input.inviteId)
    const reach = ctx.streetsWith(['staff']).length > 0 ? streetReach(ctx) : null
    const allowed = invite && (invite.createdBy === ctx.user._id || (reach && invite.grants.every((g) => reach.has(g.orgId))))
    if (!invite || !allowed) throw new AppError('NOT_FOUND', '没有找到这个邀请')
    if (invite.revokedAt) return invitationView(deps, invite)
    if (invite.usedAt) throw new AppError('CONFLICT', '这个邀请码已经用过了，不能作废。要收回权限，请到“人员与权限”里撤销')
    const now = ctx.now().toISOString()
    await deps.store.transaction(async (tx) => {
      const cur = await tx.collection('invitations').get(invite._id)
      if (!cur || cur.revokedAt) return
      if (cur.usedAt) throw new AppError('CONFLICT', '这个邀请码刚刚被用过了，不能作废。要收回权限，请到“人员与权限”里撤销')
      await tx.collection('invitations').update(cur._id, { revokedAt: now, revokedBy: ctx.user._id }, { ifRev: cur._rev })
      await tx.collection('audit').insert(auditEntry(deps, ctx.user._id, 'invite.revoke', cur._id, { kind: cur.kind, grants: cur.grants }))
    })
    return invitationView(deps, (await col.get(invite._id))!)
  },
})
