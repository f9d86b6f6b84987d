// The first administrator: the one-time bootstrap code that makes the first street staff.
import crypto from 'node:crypto'
import orgFile from '../../deploy/orgs.json'
import { AppError } from '../../domain'
import { handlers } from '../core/handler'
import { grantToIn } from '../services/access/accounts'
import { MAX_FAILURES, releaseAttempt, releaseIn, reserveAttempt, type AttemptLimit } from '../services/attempts'
import { auditEntry } from '../services/audit'
import { buildMe } from '../services/me'
import { peopleWith } from '../services/people'
import type { OrgDoc } from '../store/docs'

function sameSecret(a: string, b: string): boolean {
  const x = crypto.createHash('sha256').update(a).digest()
  const y = crypto.createHash('sha256').update(b).digest()
  return crypto.timingSafeEqual(x, y)
}

/** Guesses of the code a day, from one WeChat account and from everyone together. */
const ALL_CALLERS_MAX = 20

// One answer for every refused code: wrong, not configured, already used, or right for a
// street that has its administrator already. No answer tells a right code from a wrong one.
const wrongCode = () => new AppError('FORBIDDEN', '初始化码不对')

export const adminHandlers = handlers({
  'admin.bootstrap': async (ctx, input) => {
    const { deps } = ctx
    const openid = ctx.openid
    if (!openid) throw new AppError('FORBIDDEN', '请在微信小程序里操作')
    const limits: AttemptLimit[] = [
      { key: `boot-${deps.personal.hash(`openid:${openid}`).slice(0, 24)}`, max: MAX_FAILURES },
      { key: 'boot-all', max: ALL_CALLERS_MAX },
    ]
    const maxOf = (key: string) => limits.find((l) => l.key === key)!.max
    const reservation = await reserveAttempt(deps, limits, '尝试次数太多，已暂停 24 小时')
    const expected = deps.config.bootstrapCode
    if (!expected || !sameSecret(expected, input.code)) throw wrongCode()
    // The audit entry of the code's one use has an id made from the code: its existence
    // is what "used" means, and inserting it is what claims the code.
    const usedMark = `au-bootstrap-${deps.personal.hash(`bootstrap:${expected}`).slice(0, 24)}`
    if (await deps.store.collection('audit').get(usedMark)) throw wrongCode()

    const orgs = deps.store.collection('orgs')
    if ((await orgs.count()) === 0) {
      await orgs.insertMany(orgFile.orgs.map((o) => ({ _id: o.id, name: o.name, level: o.level as OrgDoc['level'], parentId: o.parentId, code: o.code, lat: o.lat, lng: o.lng })))
      deps.orgs.invalidate()
    }
    const street = await deps.orgs.get(input.streetId)
    if (!street || street.level !== 'street') {
      await releaseAttempt(deps, reservation, maxOf)
      throw new AppError('NOT_FOUND', '没有这个街道，请核对 deploy/orgs.json')
    }
    if ((await peopleWith(deps, 'staff', street._id)).length > 0) throw wrongCode()
    const user = await deps.store
      .transaction(async (tx) => {
        await tx.collection('audit').insert({ ...auditEntry(deps, ctx.user?._id ?? '-', 'admin.bootstrap', street._id, {}), _id: usedMark })
        const u = await grantToIn(tx, deps, openid, ctx.user?._id ?? null, input.name, [{ role: 'staff', orgId: street._id }], null)
        await tx.collection('audit').update(usedMark, { actorId: u._id })
        await releaseIn(tx, reservation, maxOf, deps.clock.now().getTime())
        return u
      })
      .catch((err: unknown) => {
        // Two right calls at once: the second finds the code used.
        if (err instanceof AppError && err.code === 'CONFLICT') throw wrongCode()
        throw err
      })
    return buildMe(deps, user)
  },
})
