// The appraiser's own queue of houses to appraise.
import { call } from './api'

export const appraisalQueue = () => call('appraisal.queue', {})
