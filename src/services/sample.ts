// The street's seeded random sample of houses to patrol (确保不漏一户): preview, draw, one sample.
import { call, type Input } from './api'

export type SampleRequest = Input<'sample.draw'>

export const drawSample = (input: SampleRequest) => call('sample.draw', input)

export const getSample = (sampleId: string) => call('sample.get', { sampleId })

export const previewSample = (input: Omit<SampleRequest, 'sampleId'>) => call('sample.preview', input)
