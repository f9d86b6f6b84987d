// 人员与权限: street staff list the people of their street and take access away — one grant,
// a whole account (disable), a farmer's binding, an unused invitation. Every change is
// audited and effective at the next call (dispatch reads the account on every call).
import { AppError, type PersonView, type Role } from '../../domain'
import type { Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { runAccessChange } from '../services/access/access-change'
import { isOwnReplay, recordRequest } from '../services/access/request-replay'
import { grantsWithin, personView, streetReach } from '../services/access/street-reach'
import { grantKeys } from '../store/grant-keys'
import type { UserDoc } from '../store/docs'

const users = (ctx: Ctx) => ctx.deps.store.collection('users')

async function userOrNotFound(ctx: Ctx, userId: string): Promise<UserDoc> {
  const user = await users(ctx).get(userId)
  if (!user) throw new AppError('NOT_FOUND', '没有找到这个人')
  return user
}

async function streetIdOf(ctx: Ctx, orgId: string): Promise<string> {
  return (await ctx.deps.orgs.streetOf(orgId))?._id ?? orgId
}

/** The user as stored inside the transaction, unchanged since it was checked. */
async function current(tx: Parameters<Parameters<typeof runAccessChange>[4]>[0], userId: string): Promise<UserDoc & { _rev: number }> {
  const cur = await tx.collection('users').get(userId)
  if (!cur) throw new AppError('NOT_FOUND', '没有找到这个人')
  return cur as UserDoc & { _rev: number }
}

/** Street office first, then leaders, appraisers, village inspectors, farmers. */
const LIST_ORDER: Role[] = ['staff', 'leader', 'appraiser', 'inspector', 'farmer']
const roleOrder = (p: PersonView) => Math.min(...p.grants.map((g) => LIST_ORDER.indexOf(g.role)), LIST_ORDER.length)

export const peopleHandlers = handlers({
  'people.list': async (ctx, input) => {
    const reach = streetReach(ctx)
    const keys: string[] = []
    if (input.villageId) {
      ctx.requireVillage(input.villageId)
      keys.push(`farmer@${input.villageId}`)
    } else {
      for (const s of reach.streetIds) keys.push(`staff@${s}`, `leader@${s}`, `appraiser@${s}`)
      for (const v of reach.villageIds) keys.push(`inspector@${v}`)
    }
    const found = new Map<string, UserDoc>()
    for (const key of keys) for (const u of await users(ctx).find({ where: { grantKeys: { $has: key } }, limit: 500 })) found.set(u._id, u)
    const views = await Promise.all([...found.values()].map((u) => personView(ctx, reach, u)))
    return views.sort((a, b) => roleOrder(a) - roleOrder(b) || (a.grants[0]?.orgName ?? '').localeCompare(b.grants[0]?.orgName ?? '', 'zh') || a.name.localeCompare(b.name, 'zh'))
  },

  'people.revokeGrant': async (ctx, input) => {
    const reach = streetReach(ctx)
    if (!reach.has(input.orgId)) throw new AppError('FORBIDDEN', '只能撤销本街道的权限')
    if (input.userId === ctx.user._id && input.role === 'staff') throw new AppError('CONFLICT', '不能撤销自己的建管办权限，请另一位建管办同事操作')
    const user = await userOrNotFound(ctx, input.userId)
    const streetId = await streetIdOf(ctx, input.orgId)
    return runAccessChange(ctx, reach, input.requestId, user._id, async (tx) => {
      const cur = await current(tx, user._id)
      const grants = cur.grants.filter((g) => !(g.role === input.role && g.orgId === input.orgId))
      if (grants.length === cur.grants.length) throw new AppError('NOT_FOUND', '这个人没有这项权限（可能已被撤销）')
      await tx.collection('users').update(cur._id, { grants, grantKeys: grantKeys(grants) }, { ifRev: cur._rev })
      await recordRequest(tx, ctx, input.requestId, ctx.action, cur._id, { role: input.role, orgId: input.orgId, streetId })
    })
  },

  'people.setDisabled': async (ctx, input) => {
    const reach = streetReach(ctx)
    const user = await userOrNotFound(ctx, input.userId)
    const mine = grantsWithin(reach, user.grants)
    if (mine.length === 0) throw new AppError('NOT_FOUND', '没有找到这个人')
    if (mine.length < user.grants.length) throw new AppError('FORBIDDEN', '这个人在其他街道也有身份，不能停用整个账号。请只撤销本街道的权限')
    if (user._id === ctx.user._id) throw new AppError('CONFLICT', '不能停用自己的账号')
    const streetId = await streetIdOf(ctx, mine[0]!.orgId)
    return runAccessChange(ctx, reach, input.requestId, user._id, async (tx) => {
      const cur = await current(tx, user._id)
      await tx.collection('users').update(cur._id, { disabled: input.disabled }, { ifRev: cur._rev })
      await recordRequest(tx, ctx, input.requestId, ctx.action, cur._id, { disabled: input.disabled, streetId })
    })
  },

  'people.unbindFarmer': async (ctx, input) => {
    const reach = streetReach(ctx)
    const user = await userOrNotFound(ctx, input.userId)
    const farmer = user.grants.filter((g) => g.role === 'farmer' && reach.has(g.orgId))
    if (farmer.length === 0) {
      // Already unbound by this very request (its record names the caller's street).
      if (await isOwnReplay(ctx, input.requestId, ctx.action, user._id, reach.streetIds)) return personView(ctx, reach, user)
      throw new AppError('NOT_FOUND', '这个人没有绑定本街道的农户')
    }
    const streetId = await streetIdOf(ctx, farmer[0]!.orgId)
    return runAccessChange(ctx, reach, input.requestId, user._id, async (tx) => {
      const cur = await current(tx, user._id)
      const grants = cur.grants.filter((g) => !(g.role === 'farmer' && reach.has(g.orgId)))
      if (grants.length === cur.grants.length) throw new AppError('NOT_FOUND', '这个人没有绑定本街道的农户')
      await tx.collection('users').update(cur._id, { grants, grantKeys: grantKeys(grants), householdId: null }, { ifRev: cur._rev })
      await recordRequest(tx, ctx, input.requestId, ctx.action, cur._id, { householdId: cur.householdId, streetId })
    })
  },
})
