// A farmer binds his WeChat by village, name and the last six ID characters. Each guess is
// counted before it is checked, on the caller's WeChat identity, on every household of the
// village whose head has that name, and on the village (see services/attempts); a right
// guess gives its count back, binds within the household's seat limit, tells the village
// inspector, and every attempt is audited with a keyed hash of the guess, never the digits.
import crypto from 'node:crypto'
import { AppError, maskName } from '../../../domain'
import type { GuestCtx } from '../../core/context'
import type { Deps } from '../../core/deps'
import type { UserDoc } from '../../store/docs'
import { MAX_FAILURES, releaseAttempt, releaseIn, reserveAttempt, type AttemptLimit, type Reservation } from '../attempts'
import { audit } from '../audit'
import { peopleWith } from '../people'
import { grantToIn, userIdOf, wechatActorOf } from './accounts'
import { tellInspectorsOfBinding } from './bind-notice'
import { householdGuardKey, withHouseholdSeat } from './household-seats'

export interface BindDetails {
  villageId: string
  name: string
  idLast6: string
}

export const bindKeyOf = (deps: Deps, openid: string) => `bind-${deps.personal.hash(`openid:${openid}`).slice(0, 24)}`

async function reserveOrAudit(deps: Deps, actor: string, limits: AttemptLimit[], subject: string, detail: Record<string, unknown>): Promise<Reservation> {
  try {
    return await reserveAttempt(deps, limits)
  } catch (err) {
    if (err instanceof AppError && err.code === 'RATE_LIMITED') await audit(deps, actor, 'bind.farmer', subject, { ...detail, outcome: 'locked' })
    throw err
  }
}

export async function bindByDetails(ctx: GuestCtx, openid: string, input: BindDetails): Promise<UserDoc> {
  const { deps } = ctx
  const cfg = deps.config
  const actor = ctx.user?._id ?? wechatActorOf(deps, openid)
  const name = input.name.trim()
  const last6 = input.idLast6.toUpperCase()
  const village = await deps.orgs.get(input.villageId)
  const inVillage = village?.level === 'village' ? village : null
  const candidates = inVillage
    ? (await deps.store.collection('households').find({ where: { villageId: inVillage._id, headName: name }, limit: 20 })).filter((h) => h.status === 'monitored')
    : []
  const limits: AttemptLimit[] = [{ key: bindKeyOf(deps, openid), max: MAX_FAILURES }]
  if (inVillage) limits.push({ key: `bind-v-${inVillage._id}`, max: cfg.bindVillageMaxFailures })
  for (const h of candidates) limits.push({ key: householdGuardKey(h._id), max: cfg.bindHouseholdMaxFailures })
  const maxOf = (key: string) => limits.find((l) => l.key === key)?.max ?? MAX_FAILURES
  const detail = { villageId: input.villageId, name: maskName(name), guess: deps.personal.hash(`bind-guess:${input.villageId}:${name}:${last6}`).slice(0, 16), candidates: candidates.length }

  const reservation = await reserveOrAudit(deps, actor, limits, input.villageId, detail)
  const match = candidates.find((h) => deps.personal.open(h.idEnc).toUpperCase().endsWith(last6))
  if (!match || !inVillage) {
    await audit(deps, actor, 'bind.farmer', input.villageId, { ...detail, outcome: 'not-found' })
    throw new AppError('NOT_FOUND', reservation.left > 0 ? `没有对上：请核对村、姓名和身份证后 6 位（还可以试 ${reservation.left} 次）` : '尝试次数太多，已暂停 24 小时。可以请村巡查员出示邀请二维码来绑定')
  }

  const accountId = ctx.user?._id ?? userIdOf(deps, openid)
  const inspectors = await peopleWith(deps, 'inspector', match.villageId)
  const eventId = crypto.randomUUID()
  try {
    return await withHouseholdSeat(deps, match._id, accountId, async (tx) => {
      // Two right guesses at once from one WeChat: the second finds the first's grant.
      const existing = await tx.collection('users').get(accountId)
      if (existing?.grants.some((g) => g.role === 'farmer')) throw new AppError('CONFLICT', '这个微信已经绑定了农户身份')
      const user = await grantToIn(tx, deps, openid, ctx.user?._id ?? null, match.headName, [{ role: 'farmer', orgId: match.villageId }], match._id)
      await releaseIn(tx, reservation, maxOf, deps.clock.now().getTime())
      await tellInspectorsOfBinding(tx, deps, inspectors, match, inVillage.name, eventId)
      await audit(deps, user._id, 'bind.farmer', match._id, { ...detail, outcome: 'bound', via: 'name+id6' }, tx)
      return user
    })
  } catch (err) {
    // A right guess is no failure, whatever else refused the binding.
    await releaseAttempt(deps, reservation, maxOf)
    if (err instanceof AppError) await audit(deps, actor, 'bind.farmer', match._id, { ...detail, outcome: err.code === 'CONFLICT' ? 'refused' : 'failed' })
    throw err
  }
}
