// 鉴定准确: completed appraisals drawn for a second appraiser to grade again.
import { call, type Input } from './api'

export const listAppraisalReviews = () => call('appraisalReview.list', {})

/** `drawId` is made once when the form opens and kept for every retry. */
export const drawAppraisalReviews = (input: Input<'appraisalReview.draw'>) => call('appraisalReview.draw', input)

export const submitAppraisalReview = (input: Input<'appraisalReview.submit'>) => call('appraisalReview.submit', input)
