// 鉴定准确 (appraisalReview.*): street staff draw completed appraisals at random for a second
// appraiser to grade again without seeing the first grade; where the two grades differ,
// both the review and the case are flagged, as a village/street patrol disagreement is.
import { z } from 'zod'
import { GRADES, type Grade } from '../enums'
import { dateString, id, longText } from '../validation'
import { contract } from './define'

export interface AppraisalReviewView {
  id: string
  caseId: string
  villageName: string
  address: string
  headNameMasked: string
  /** The first appraiser's grade: hidden from the reviewer until he has given his own. */
  firstGrade: Grade | null
  firstAppraiserName: string
  appraisedOn: string
  reviewerName: string
  dueDate: string
  status: 'open' | 'done'
  reviewGrade: Grade | null
  /** Set once reviewed: the two grades differ. */
  disagrees: boolean | null
  note: string
}

export const appraisalReviewContracts = {
  'appraisalReview.draw': contract<AppraisalReviewView[]>()({
    input: z.strictObject({
      /** Made by the app when the form opens, so a retried draw draws once. */
      drawId: id(),
      count: z.number().int().min(1).max(20),
      reviewerId: id(),
      dueDate: dateString(),
    }),
    roles: ['staff'],
    writes: true,
    example: { drawId: 'ard-example-1', count: 3, reviewerId: 'u-appraiser-bachuan', dueDate: '2026-12-15' },
  }),
  'appraisalReview.list': contract<AppraisalReviewView[]>()({
    input: z.strictObject({}),
    roles: ['staff', 'leader', 'appraiser'],
    writes: false,
    example: {},
  }),
  'appraisalReview.submit': contract<AppraisalReviewView>()({
    input: z.strictObject({ reviewId: id(), grade: z.enum(GRADES), note: longText(300).default('') }),
    roles: ['appraiser'],
    writes: true,
    example: { reviewId: 'ar-example-1', grade: 'C', note: '承重墙裂缝与原鉴定一致' },
  }),
}
