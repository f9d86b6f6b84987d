// 鉴定准确: street staff draw completed appraisals for a second appraiser to grade again.
import { streetOfCaller } from '../core/context'
import { handlers } from '../core/handler'
import { drawReviews, reviewViews, submitReview } from '../services/cases/appraisal-reviews'

export const appraisalReviewHandlers = handlers({
  'appraisalReview.draw': async (ctx, input) => {
    const streetId = streetOfCaller(ctx, ['staff'])
    return reviewViews(ctx.deps, await drawReviews(ctx, streetId, input), false)
  },

  'appraisalReview.list': async (ctx) => {
    const col = ctx.deps.store.collection('appraisalReviews')
    const [streetId] = ctx.streetsWith(['staff', 'leader'])
    if (streetId) return reviewViews(ctx.deps, await col.find({ where: { streetId }, orderBy: [['streetId', 'asc'], ['drawnAt', 'desc']], limit: 200 }), false)
    // An appraiser sees only what he is asked to review, without the first grade until he has given his.
    return reviewViews(ctx.deps, await col.find({ where: { reviewerId: ctx.user._id }, orderBy: [['reviewerId', 'asc'], ['drawnAt', 'desc']], limit: 200 }), true)
  },

  'appraisalReview.submit': async (ctx, input) => {
    const [view] = await reviewViews(ctx.deps, [await submitReview(ctx, input)], false)
    return view!
  },
})
