// The street's random sample (sample.*): preview, draw, read.
import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import { month } from './fields'

export interface SampleView {
  id: string
  month: string
  seed: string
  mode: 'count' | 'share'
  value: number
  createdAt: string
  createdBy: string
  villages: Array<{ villageId: string; villageName: string; houses: number; drawn: string[] }>
}

/** What a draw would take, shown for confirmation: how many houses per village and by when; draw with its seed to take exactly these. */
export interface SamplePreview {
  month: string
  seed: string
  dueDate: string
  villages: Array<{ villageId: string; villageName: string; houses: number; drawn: number }>
  total: number
}

export const sampleContracts = {
  'sample.draw': contract<SampleView>()({
    input: z.strictObject({
      sampleId: id(),
      month: month(),
      villageIds: z.array(id()).min(1).max(200).optional(),
      mode: z.enum(['count', 'share']),
      /** Houses per village (count) or percent of each village (share). */
      value: z.number().int().min(1).max(100),
      /** Leave empty to draw a fresh seed; give a recorded one to draw the same sample again. */
      seed: z.string().regex(/^[A-Za-z0-9_-]{4,64}$/).optional(),
    }),
    roles: ['staff'],
    writes: true,
    example: { sampleId: 'smp-example-1', month: '2026-11', mode: 'count', value: 3 },
  }),
  'sample.preview': contract<SamplePreview>()({
    input: z.strictObject({
      month: month(),
      villageIds: z.array(id()).min(1).max(200).optional(),
      mode: z.enum(['count', 'share']),
      value: z.number().int().min(1).max(100),
      /** Leave empty for a fresh seed; sample.draw with the returned seed draws exactly these houses. */
      seed: z.string().regex(/^[A-Za-z0-9_-]{4,64}$/).optional(),
    }),
    roles: ['staff'],
    writes: false,
    example: { month: '2026-11', mode: 'count', value: 3 },
  }),
  'sample.get': contract<SampleView>()({
    input: z.strictObject({ sampleId: id() }),
    roles: ['staff', 'leader'],
    writes: false,
    example: { sampleId: 'smp-example-1' },
  }),
}
