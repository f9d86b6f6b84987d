// The street's oversight of the villages: the seeded random sample of houses to patrol,
// how far each village's monthly patrol has got, and the monthly statistics it submitted.
import { call, type Input } from './api'

export type SampleRequest = Input<'sample.draw'>

export const drawSample = (input: SampleRequest) => call('sample.draw', input)

export const getSample = (sampleId: string) => call('sample.get', { sampleId })

/** One house with its household, to show who a drawn house belongs to. */
export const getHouse = (houseId: string) => call('house.get', { houseId })

export const patrolCoverage = (month?: string) => call('patrol.coverage', month ? { month } : {})

export const monthlyStats = (villageId: string, month: string) => call('stats.monthly', { villageId, month })

export const previewSample = (input: Omit<SampleRequest, 'sampleId'>) => call('sample.preview', input)
