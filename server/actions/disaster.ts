// Disasters: the street declares one, villages report damaged houses within three days, and both see the list.
import { AppError, localDate } from '../../domain'
import { ownReplay } from '../core/replay'
import { handlers } from '../core/handler'
import { audit } from '../services/audit'
import { disasterDue, disasterView, reportDamage } from '../services/disasters/disaster-reports'
import { listDisasters } from '../services/disasters/disaster-list'

export const disasterHandlers = handlers({
  'disaster.declare': async (ctx, input) => {
    const { deps } = ctx
    for (const v of input.villageIds) ctx.requireVillage(v)
    const streetId = await deps.orgs.commonStreet(input.villageIds)
    if (!streetId) throw new AppError('VALIDATION', '灾情只能登记同一个街道的村（社区），请分街道登记')
    const col = deps.store.collection('disasterEvents')
    const occurred = new Date(input.occurredAt)
    if (occurred.getTime() > ctx.now().getTime() + 5 * 60_000) throw new AppError('VALIDATION', '发生时间不能晚于现在')
    const existing = await col.get(input.eventId)
    if (existing) ownReplay(existing, (e) => e.createdBy === ctx.user._id)
    else {
      await col.insert({
        _id: input.eventId,
        streetId,
        kind: input.kind,
        occurredAt: occurred.toISOString(),
        dueDate: disasterDue(deps, occurred),
        description: input.description,
        villageIds: [...new Set(input.villageIds)],
        villagesDone: {},
        createdBy: ctx.user._id,
        createdAt: ctx.now().toISOString(),
      })
      await audit(deps, ctx.user._id, 'disaster.declare', input.eventId, { kind: input.kind, villages: input.villageIds.length })
    }
    return disasterView(deps, (await col.get(input.eventId))!, localDate(ctx.now()), ctx.scope.villageIds)
  },

  'disaster.report': async (ctx, input) => disasterView(ctx.deps, await reportDamage(ctx, input), localDate(ctx.now()), ctx.scope.villageIds),

  'disaster.villageDone': async (ctx, input) => {
    ctx.requireVillage(input.villageId)
    const col = ctx.deps.store.collection('disasterEvents')
    const e = await col.get(input.eventId)
    if (!e || !e.villageIds.includes(input.villageId)) throw new AppError('NOT_FOUND', '没有找到这次灾情')
    if (!e.villagesDone[input.villageId]) {
      await col.update(e._id, { villagesDone: { ...e.villagesDone, [input.villageId]: ctx.now().toISOString() } })
      await audit(ctx.deps, ctx.user._id, 'disaster.villageDone', e._id, { villageId: input.villageId, note: input.note })
    }
    return disasterView(ctx.deps, (await col.get(e._id))!, localDate(ctx.now()), ctx.scope.villageIds)
  },

  'disaster.list': async (ctx, input) => listDisasters(ctx, input),

  'disaster.get': async (ctx, input) => {
    const e = await ctx.deps.store.collection('disasterEvents').get(input.eventId)
    if (!e || !e.villageIds.some((v) => ctx.scope.villageIds.has(v))) throw new AppError('NOT_FOUND', '没有找到这次灾情')
    return disasterView(ctx.deps, e, localDate(ctx.now()), ctx.scope.villageIds)
  },
})
