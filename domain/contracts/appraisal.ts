// The appraiser's queue (appraisal.*): the appraisals assigned to him, to do and done.
import { z } from 'zod'
import { contract } from './define'
import type { CaseSummary } from '../model'

/** An appraiser's work: what is waiting for him (overdue first, then by due date), then what he has done. */
export interface AppraisalQueue {
  todo: CaseSummary[]
  done: CaseSummary[]
}

export const appraisalContracts = {
  'appraisal.queue': contract<AppraisalQueue>()({
    input: z.strictObject({}),
    roles: ['appraiser'],
    writes: false,
    example: {},
  }),
}
