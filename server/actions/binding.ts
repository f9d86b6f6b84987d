// Binding a WeChat identity to an account: a farmer by his name and the last six
// characters of his ID number, anyone by a one-time invitation code.
import { AppError, STREET_ROLES, maskName, type RoleGrant } from '../../domain'
import type { GuestCtx } from '../core/context'
import type { Deps } from '../core/deps'
import { handlers } from '../core/handler'
import { ownReplay } from '../core/replay'
import { assertNotLocked, recordFailure } from '../services/attempts'
import { audit } from '../services/audit'
import { invitationView, newInviteCode, normalizeCode, storeInviteImage } from '../services/invitations'
import { buildMe } from '../services/me'
import { grantKeys } from '../services/grant-keys'
import type { HouseholdDoc, InvitationDoc, UserDoc } from '../store/docs'

function requireOpenid(ctx: GuestCtx): string {
  if (!ctx.openid) throw new AppError('FORBIDDEN', '请在微信小程序里操作')
  return ctx.openid
}

const userIdOf = (deps: Deps, openid: string) => `u-wx-${deps.personal.hash(`openid:${openid}`).slice(0, 20)}`

/** Adds grants to the account of this WeChat identity, creating it if needed. */
async function grantTo(deps: Deps, openid: string, existing: UserDoc | null, name: string, grants: RoleGrant[], householdId: string | null): Promise<UserDoc> {
  const users = deps.store.collection<UserDoc>('users')
  if (existing) {
    const merged = [...existing.grants]
    for (const g of grants) if (!merged.some((m) => m.role === g.role && m.orgId === g.orgId)) merged.push(g)
    await users.update(existing._id, { grants: merged, grantKeys: grantKeys(merged), householdId: householdId ?? existing.householdId })
    return (await users.get(existing._id))!
  }
  const user: UserDoc = { _id: userIdOf(deps, openid), name, openid, grants, grantKeys: grantKeys(grants), householdId, disabled: false, createdAt: deps.clock.now().toISOString() }
  await users.insert(user)
  return user
}

export const bindingHandlers = handlers({
  'villages.public': async (ctx) => {
    const out: Array<{ id: string; name: string; streetName: string }> = []
    const all = (await Promise.all((await ctx.deps.orgs.roots()).map((r) => ctx.deps.orgs.villagesUnder(r._id)))).flat()
    for (const v of all) out.push({ id: v._id, name: v.name, streetName: (await ctx.deps.orgs.streetOf(v._id))?.name ?? '' })
    return out
  },

  'bind.farmer': async (ctx, input) => {
    const { deps } = ctx
    const openid = requireOpenid(ctx)
    if (ctx.user?.grants.some((g) => g.role === 'farmer')) throw new AppError('CONFLICT', '这个微信已经绑定了农户身份')
    const key = `bind-${deps.personal.hash(`openid:${openid}`).slice(0, 24)}`
    await assertNotLocked(deps, key)
    const village = await deps.orgs.get(input.villageId)
    const candidates = village?.level === 'village'
      ? await deps.store.collection<HouseholdDoc>('households').find({ where: { villageId: input.villageId, headName: input.name.trim() }, limit: 20 })
      : []
    const last6 = input.idLast6.toUpperCase()
    const match = candidates.find((h) => h.status === 'monitored' && deps.personal.open(h.idEnc).endsWith(last6))
    if (!match) {
      const left = await recordFailure(deps, key)
      throw new AppError('NOT_FOUND', left > 0 ? `没有对上：请核对村、姓名和身份证后 6 位（还可以试 ${left} 次）` : '尝试次数太多，已暂停 24 小时。可以请村巡查员出示邀请二维码来绑定')
    }
    const user = await grantTo(deps, openid, ctx.user, match.headName, [{ role: 'farmer', orgId: match.villageId }], match._id)
    await audit(deps, user._id, 'bind.farmer', match._id, { via: 'name+id6' })
    return buildMe(deps, user)
  },

  'invite.accept': async (ctx, input) => {
    const { deps } = ctx
    const openid = requireOpenid(ctx)
    const key = `invite-${deps.personal.hash(`openid:${openid}`).slice(0, 24)}`
    await assertNotLocked(deps, key)
    const codeHash = deps.personal.hash(`invite:${normalizeCode(input.code)}`)
    const [invite] = await deps.store.collection<InvitationDoc>('invitations').find({ where: { codeHash }, limit: 1 })
    const now = deps.clock.now()
    if (!invite || invite.usedAt || new Date(invite.expiresAt) < now) {
      await recordFailure(deps, key)
      throw new AppError('NOT_FOUND', !invite ? '邀请码不对，请核对' : invite.usedAt ? '这个邀请码已经用过了' : '邀请码已过期，请重新索取')
    }
    // Claim the code first, guarded by its revision: of two people scanning at once, one wins.
    await deps.store.collection<InvitationDoc>('invitations').update(invite._id, { usedAt: now.toISOString(), usedBy: openid }, { ifRev: invite._rev })
    const household = invite.householdId ? await deps.store.collection<HouseholdDoc>('households').get(invite.householdId) : null
    const name = input.name ?? household?.headName ?? invite.label
    const user = await grantTo(deps, openid, ctx.user, name, invite.grants, invite.householdId)
    await deps.store.collection<InvitationDoc>('invitations').update(invite._id, { usedBy: user._id })
    await audit(deps, user._id, 'invite.accept', invite._id, { grants: invite.grants })
    return buildMe(deps, user)
  },

  'invite.create': async (ctx, input) => {
    const { deps } = ctx
    const col = deps.store.collection<InvitationDoc>('invitations')
    let grants: RoleGrant[]
    let householdId: string | null = null
    let label: string
    if (input.kind === 'farmer') {
      const hh = await deps.store.collection<HouseholdDoc>('households').get(input.householdId)
      if (!hh) throw new AppError('NOT_FOUND', '没有找到这户')
      ctx.requireVillage(hh.villageId)
      grants = [{ role: 'farmer', orgId: hh.villageId }]
      householdId = hh._id
      label = `农户 ${maskName(hh.headName)}`
    } else {
      if (ctx.streetsWith(['staff']).length === 0) throw new AppError('FORBIDDEN', '只有街道建管办可以邀请工作人员')
      // Each invited grant needs the caller's staff grant over that org, not any grant.
      for (const g of input.grants) {
        if (g.role === 'farmer') throw new AppError('VALIDATION', '农户请用“农户邀请”')
        if (g.role === 'inspector') ctx.requireVillage(g.orgId, ['staff'])
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
    const docs = await ctx.deps.store.collection<InvitationDoc>('invitations').find({
      where: { createdBy: ctx.user._id },
      orderBy: [['createdBy', 'asc'], ['createdAt', 'desc']],
      limit: 50,
    })
    return Promise.all(docs.map((d) => invitationView(ctx.deps, d)))
  },
})
