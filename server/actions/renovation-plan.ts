// 纳入改造计划: the street's yearly renovation plan, kept by street staff, read by the leader
// and by 区住建局 for every street of its district.
import { AppError } from '../../domain'
import { streetOfCaller, type Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { ownReplay } from '../core/replay'
import { audit } from '../services/audit'
import { entryViews, planView } from '../services/renovation/plan-entries'
import { exportPlan } from '../services/renovation/plan-export'
import type { RenovationPlanDoc } from '../store/docs'

/** An entry of the caller's street (a foreign one is NOT_FOUND like a missing one). */
async function loadEntry(ctx: Ctx, entryId: string): Promise<RenovationPlanDoc> {
  const streetId = streetOfCaller(ctx, ['staff'])
  const entry = await ctx.deps.store.collection('renovationPlans').get(entryId)
  if (!entry || entry.streetId !== streetId) throw new AppError('NOT_FOUND', '没有找到这条改造计划')
  return entry
}

/**
 * The street whose plan the caller reads: the one named, if the caller holds it (staff and
 * leaders their own street, 区住建局 each street of its district), else the caller's own.
 */
function planStreet(ctx: Ctx, streetId: string | undefined): string {
  if (streetId) {
    ctx.requireStreet(streetId)
    return streetId
  }
  const [own] = ctx.streetsWith(['staff', 'leader'])
  if (!own) throw new AppError('VALIDATION', '请选择要看的街道')
  return own
}

async function oneView(ctx: Ctx, entryId: string) {
  const [view] = await entryViews(ctx.deps, [(await ctx.deps.store.collection('renovationPlans').get(entryId))!])
  return view!
}

export const renovationPlanHandlers = handlers({
  'renovationPlan.list': async (ctx, input) => {
    const streetId = planStreet(ctx, input.streetId)
    if (input.villageId) ctx.requireVillage(input.villageId)
    return planView(ctx.deps, streetId, input.year, input.villageId)
  },

  'renovationPlan.add': async (ctx, input) => {
    const { deps } = ctx
    const streetId = streetOfCaller(ctx, ['staff'])
    const col = deps.store.collection('renovationPlans')
    // The household's scope first, then the id: a taken id never tells more than a fresh one.
    const hh = await deps.store.collection('households').get(input.householdId)
    if (!hh || hh.streetId !== streetId) throw new AppError('NOT_FOUND', '没有找到这户')
    ctx.requireVillage(hh.villageId, ['staff'])
    const isOwn = (d: RenovationPlanDoc) => d.addedBy === ctx.user._id && d.householdId === input.householdId && d.year === input.year
    const prior = await col.get(input.entryId)
    if (prior) return oneView(ctx, ownReplay(prior, isOwn)._id)
    if (hh.status !== 'monitored') throw new AppError('VALIDATION', '这户已不在监测名单里，不能纳入改造计划')
    if (input.paidFen > input.plannedFen) throw new AppError('VALIDATION', '已拨付资金不能多于计划资金')
    const same = (await col.find({ where: { householdId: hh._id, year: input.year } })).find((d) => !d.removed)
    if (same) throw new AppError('CONFLICT', `这户已在 ${input.year} 年改造计划里`)
    const nowIso = ctx.now().toISOString()
    await col.insert({
      _id: input.entryId,
      streetId,
      villageId: hh.villageId,
      householdId: hh._id,
      year: input.year,
      method: input.method,
      plannedFen: input.plannedFen,
      paidFen: input.paidFen,
      reason: input.reason,
      addedAt: nowIso,
      addedBy: ctx.user._id,
      removed: false,
      removedReason: null,
      removedAt: null,
      removedBy: null,
      updatedAt: nowIso,
    })
    await audit(deps, ctx.user._id, 'renovationPlan.add', input.entryId, { householdId: hh._id, year: input.year, reason: input.reason })
    return oneView(ctx, input.entryId)
  },

  'renovationPlan.setFunds': async (ctx, input) => {
    const entry = await loadEntry(ctx, input.entryId)
    if (entry.removed) throw new AppError('ILLEGAL_TRANSITION', '这户已移出改造计划')
    if (input.paidFen > input.plannedFen) throw new AppError('VALIDATION', '已拨付资金不能多于计划资金')
    if (entry.method !== input.method || entry.plannedFen !== input.plannedFen || entry.paidFen !== input.paidFen) {
      await ctx.deps.store.collection('renovationPlans').update(entry._id, { method: input.method, plannedFen: input.plannedFen, paidFen: input.paidFen, updatedAt: ctx.now().toISOString() })
      await audit(ctx.deps, ctx.user._id, 'renovationPlan.setFunds', entry._id, { from: { method: entry.method, plannedFen: entry.plannedFen, paidFen: entry.paidFen }, to: { method: input.method, plannedFen: input.plannedFen, paidFen: input.paidFen } })
    }
    return oneView(ctx, entry._id)
  },

  'renovationPlan.remove': async (ctx, input) => {
    const entry = await loadEntry(ctx, input.entryId)
    if (!entry.removed) {
      const nowIso = ctx.now().toISOString()
      await ctx.deps.store.collection('renovationPlans').update(entry._id, { removed: true, removedReason: input.reason, removedAt: nowIso, removedBy: ctx.user._id, updatedAt: nowIso })
      await audit(ctx.deps, ctx.user._id, 'renovationPlan.remove', entry._id, { householdId: entry.householdId, reason: input.reason })
    }
    return { removed: true }
  },

  'renovationPlan.export': async (ctx, input) => {
    const { deps } = ctx
    const plan = await planView(deps, planStreet(ctx, input.streetId), input.year)
    const out = await exportPlan(deps, plan, ctx.user._id)
    await audit(deps, ctx.user._id, 'renovationPlan.export', String(input.year), { rows: out.rows })
    return { ...out, url: await deps.files.tempUrl(out.fileId, 3600) }
  },
})
