// 安置房源 kept by street staff: the street's homes for people who cannot rebuild.
import { AppError } from '../../domain'
import { streetOfCaller, type Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { ownReplay } from '../core/replay'
import { audit } from '../services/audit'
import { optionViews, streetOptions } from '../services/renovation/housing-options'
import type { HousingOptionDoc } from '../store/docs'

/** An active option of the caller's street (a foreign one is NOT_FOUND like a missing one). */
async function loadOption(ctx: Ctx, optionId: string, evenRemoved = false): Promise<HousingOptionDoc> {
  const streetId = streetOfCaller(ctx, ['staff'])
  const option = await ctx.deps.store.collection('housingOptions').get(optionId)
  if (!option || option.streetId !== streetId || (!option.active && !evenRemoved)) throw new AppError('NOT_FOUND', '没有找到这个房源')
  return option
}

async function oneView(ctx: Ctx, optionId: string) {
  const [view] = await optionViews(ctx.deps, [(await ctx.deps.store.collection('housingOptions').get(optionId))!])
  return view!
}

export const housingHandlers = handlers({
  'housing.list': async (ctx) => {
    const streetId = streetOfCaller(ctx)
    return optionViews(ctx.deps, await streetOptions(ctx.deps, streetId))
  },

  'housing.add': async (ctx, input) => {
    const { deps } = ctx
    const streetId = streetOfCaller(ctx, ['staff'])
    const col = deps.store.collection('housingOptions')
    // A retried add answers with what it added; an id anyone else used is taken.
    const prior = await col.get(input.optionId)
    if (prior) return oneView(ctx, ownReplay(prior, (o) => o.createdBy === ctx.user._id && o.streetId === streetId)._id)
    const nowIso = ctx.now().toISOString()
    await col.insert({ _id: input.optionId, streetId, kind: input.kind, name: input.name, address: input.address, capacity: input.capacity, note: input.note.trim(), occupants: [], active: true, createdBy: ctx.user._id, updatedAt: nowIso, updatedBy: ctx.user._id })
    await audit(deps, ctx.user._id, 'housing.add', input.optionId, { name: input.name, capacity: input.capacity })
    return oneView(ctx, input.optionId)
  },

  'housing.edit': async (ctx, input) => {
    const { deps } = ctx
    const existing = await loadOption(ctx, input.optionId)
    if (input.capacity < existing.occupants.length) throw new AppError('VALIDATION', `现在已住 ${existing.occupants.length} 户，可住户数不能少于这个数`)
    const patch = { kind: input.kind, name: input.name, address: input.address, capacity: input.capacity, note: input.note.trim() }
    if ((Object.keys(patch) as Array<keyof typeof patch>).some((k) => existing[k] !== patch[k])) {
      await deps.store.collection('housingOptions').update(existing._id, { ...patch, updatedAt: ctx.now().toISOString(), updatedBy: ctx.user._id })
      await audit(deps, ctx.user._id, 'housing.edit', existing._id, { name: patch.name, capacity: patch.capacity })
    }
    return oneView(ctx, existing._id)
  },

  'housing.remove': async (ctx, input) => {
    const { deps } = ctx
    // A retried remove finds it removed already and answers the same.
    const existing = await loadOption(ctx, input.optionId, true)
    if (existing.active && existing.occupants.length > 0) throw new AppError('VALIDATION', '还有人住在这里，请先登记搬出再删除')
    if (existing.active) {
      await deps.store.collection('housingOptions').update(existing._id, { active: false, updatedAt: ctx.now().toISOString(), updatedBy: ctx.user._id })
      await audit(deps, ctx.user._id, 'housing.remove', existing._id, { name: existing.name })
    }
    return { removed: true }
  },

  'housing.moveOut': async (ctx, input) => {
    const { deps } = ctx
    const existing = await loadOption(ctx, input.optionId)
    if (existing.occupants.some((p) => p.householdId === input.householdId)) {
      await deps.store.transaction(async (tx) => {
        const fresh = (await tx.collection('housingOptions').get(existing._id))!
        await tx.collection('housingOptions').update(existing._id, { occupants: fresh.occupants.filter((p) => p.householdId !== input.householdId), updatedAt: ctx.now().toISOString(), updatedBy: ctx.user._id })
      })
      await audit(deps, ctx.user._id, 'housing.moveOut', existing._id, { householdId: input.householdId })
    }
    return oneView(ctx, existing._id)
  },
})
