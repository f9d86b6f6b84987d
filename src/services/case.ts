// Hazard cases (隐患案件): lists, one case, its moves and records, the critical houses and
// the per-village figures. Every move carries the case's revision and a client-made id.
import { call, type Input } from './api'

export type CaseQuery = Input<'case.list'>
export type TransitionInput = Input<'case.transition'>
export type RecordInput = Input<'case.record'>

export const listCases = (query: CaseQuery) => call('case.list', query)

export const getCase = (caseId: string) => call('case.get', { caseId })

export const transitionCase = (input: TransitionInput) => call('case.transition', input)

export const recordCase = (input: RecordInput) => call('case.record', input)

/** Opens a case on a house; `caseId` is made once by the caller and kept for retries. */
export const openCase = (input: Input<'case.open'>) => call('case.open', input)

export const myCases = () => call('case.mine', {})

export const criticalHouses = (villageId?: string) => call('case.critical', villageId ? { villageId } : {})

export const caseVillageFigures = () => call('case.villageFigures', {})

export const caseAppraisers = () => call('case.appraisers', {})

/** The farmer asks for renovation on his own C/D case. */
export const requestRenovation = (caseId: string, note = '') => call('case.requestRenovation', { caseId, note })
