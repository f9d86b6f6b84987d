// Emergency patrol campaigns that a warning starts: their progress, stepped in resumable chunks.
import { AppError } from '../../domain'
import { handlers } from '../core/handler'
import { campaignView } from '../services/alerts/views'
import { stepCampaign } from '../services/alerts/campaigns'

export const campaignHandlers = handlers({
  'campaign.step': async (ctx, input) => {
    const c = await ctx.deps.store.collection('campaigns').get(input.campaignId)
    if (!c || !ctx.streetsWith(['staff']).includes(c.streetId)) throw new AppError('NOT_FOUND', '没有找到这次应急巡查')
    return campaignView(ctx, await stepCampaign(ctx.deps, c, Date.now() + ctx.deps.config.chunkBudgetMs))
  },

  'campaign.get': async (ctx, input) => {
    const c = await ctx.deps.store.collection('campaigns').get(input.campaignId)
    if (!c || !c.villageIds.some((v) => ctx.scope.villageIds.has(v))) throw new AppError('NOT_FOUND', '没有找到这次应急巡查')
    return campaignView(ctx, c)
  },
})
