// 技术指导与监督 during the works of a case being renovated.
import { AppError } from '../../domain'
import { handlers } from '../core/handler'
import { caseVisits, recordVisit, visitViews } from '../services/renovation/supervision-visits'

export const supervisionHandlers = handlers({
  'supervision.record': async (ctx, input) => {
    const visit = await recordVisit(ctx, input)
    const [view] = await visitViews(ctx.deps, [visit])
    return view!
  },

  'supervision.list': async (ctx, input) => {
    const c = await ctx.deps.store.collection('cases').get(input.caseId)
    if (!c) throw new AppError('NOT_FOUND', '没有找到这个案件')
    ctx.requireVillage(c.villageId)
    return visitViews(ctx.deps, await caseVisits(ctx.deps, c._id))
  },
})
