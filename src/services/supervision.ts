// 技术指导与监督: visits of street staff to the works of a case being renovated.
import { call, type Input } from './api'

export type SupervisionInput = Input<'supervision.record'>

export const caseSupervision = (caseId: string) => call('supervision.list', { caseId })

/** `visitId` is made once when the form opens and kept for every retry. */
export const recordSupervision = (input: SupervisionInput) => call('supervision.record', input)
