import { z } from 'zod'
import { id, longText } from '../validation'
import { contract, unboundContract } from './define'
import { photoInput } from './patrols'
import type { CoverageRow, MonthlyStatsView, SamplePreview, SampleView, SelfCheckView } from '../model'
import { month } from './fields'

const yesNo = z.boolean()

export const patrolReportContracts = {
  'stats.monthly': contract<MonthlyStatsView>()({
    input: z.strictObject({ villageId: id(), month: month() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { villageId: 'v-yulong', month: '2026-11' },
  }),
  'stats.monthlySubmit': contract<MonthlyStatsView>()({
    input: z.strictObject({ submissionId: id(), villageId: id(), month: month(), note: longText(200).default('') }),
    roles: ['inspector'],
    writes: true,
    example: { submissionId: 'ms-example-1', villageId: 'v-yulong', month: '2026-11', note: '' },
  }),
  'patrol.coverage': contract<CoverageRow[]>()({
    input: z.strictObject({ month: month().optional() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { month: '2026-11' },
  }),
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
  'selfcheck.submit': contract<SelfCheckView>()({
    input: z.strictObject({
      reportId: id(),
      /** null when his household has no registered house yet: the case then hangs on the household. */
      houseId: id().nullable(),
      answers: z.strictObject({ cracks: yesNo, leaning: yesNo, roof: yesNo, foundation: yesNo, slope: yesNo }),
      description: longText(200).default(''),
      photos: z.array(photoInput).max(6).default([]),
      checkedAt: z.iso.datetime({ offset: true }),
      /** The quick path: the farmer already knows there is a problem, whatever the five answers say. */
      problem: z.boolean().default(false),
      /** He could not take a photo; his words must then say what he sees. */
      noPhoto: z.boolean().default(false),
    }),
    roles: ['farmer'],
    writes: true,
    example: {
      reportId: 'sc-example-1',
      houseId: 'ho-yulong-00001-1',
      answers: { cracks: false, leaning: false, roof: false, foundation: false, slope: false },
      description: '',
      photos: [],
      checkedAt: '2026-11-28T09:00:00+08:00',
    },
    fileExamples: [
      {
        reportId: 'sc-example-2',
        houseId: 'ho-yulong-00001-1',
        answers: { cracks: true, leaning: false, roof: false, foundation: false, slope: false },
        description: '后墙开裂',
        photos: [{ fileId: 'local://uploads/u-farmer-yulong/crack.jpg', takenAt: '2026-11-28T08:50:00+08:00', lat: null, lng: null }],
        checkedAt: '2026-11-28T09:00:00+08:00',
      },
    ],
  }),
  'selfcheck.mine': contract<SelfCheckView[]>()({
    input: z.strictObject({}),
    roles: ['farmer'],
    writes: false,
    example: {},
  }),
}

