import crypto from 'node:crypto'
import orgFile from '../../deploy/orgs.json'
import { AppError } from '../../domain'
import { handlers } from '../core/handler'
import { audit } from '../services/audit'
import { grantKeys } from '../services/grant-keys'
import { buildMe } from '../services/me'
import { peopleWith } from '../services/people'
import type { OrgDoc, UserDoc } from '../store/docs'

function sameSecret(a: string, b: string): boolean {
  const x = crypto.createHash('sha256').update(a).digest()
  const y = crypto.createHash('sha256').update(b).digest()
  return crypto.timingSafeEqual(x, y)
}

export const adminHandlers = handlers({
  'admin.bootstrap': async (ctx, input) => {
    const { deps } = ctx
    const expected = deps.config.bootstrapCode
    if (!ctx.openid) throw new AppError('FORBIDDEN', '请在微信小程序里操作')
    if (!expected || !sameSecret(expected, input.code)) throw new AppError('FORBIDDEN', '初始化码不对')
    const orgs = deps.store.collection<OrgDoc>('orgs')
    if ((await orgs.count()) === 0) {
      await orgs.insertMany(orgFile.orgs.map((o) => ({ _id: o.id, name: o.name, level: o.level as OrgDoc['level'], parentId: o.parentId, code: o.code, lat: o.lat, lng: o.lng })))
      deps.orgs.invalidate()
    }
    const street = await deps.orgs.get(input.streetId)
    if (!street || street.level !== 'street') throw new AppError('NOT_FOUND', '没有这个街道，请核对 deploy/orgs.json')
    if ((await peopleWith(deps, 'staff', street._id)).length > 0) throw new AppError('CONFLICT', '本街道已经有管理员了，请让管理员发邀请码')
    const grants = [{ role: 'staff' as const, orgId: street._id }]
    const users = deps.store.collection<UserDoc>('users')
    const userId = `u-wx-${deps.personal.hash(`openid:${ctx.openid}`).slice(0, 20)}`
    const existing = ctx.user ?? (await users.get(userId))
    if (existing) await users.update(existing._id, { grants: [...existing.grants, ...grants], grantKeys: grantKeys([...existing.grants, ...grants]) })
    else await users.insert({ _id: userId, name: input.name, openid: ctx.openid, grants, grantKeys: grantKeys(grants), householdId: null, disabled: false, createdAt: ctx.now().toISOString() })
    const user = (await users.get(existing?._id ?? userId))!
    await audit(deps, user._id, 'admin.bootstrap', street._id, {})
    return buildMe(deps, user)
  },
})
