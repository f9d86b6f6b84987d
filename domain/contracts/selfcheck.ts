// The farmer's self-check (selfcheck.*).
import { z } from 'zod'
import { id, longText } from '../validation'
import { contract } from './define'
import { photoInput } from './patrol'

export interface SelfCheckView {
  id: string
  houseId: string | null
  checkedAt: string
  hazard: boolean
  answers: Record<string, boolean>
  description: string
  caseId: string | null
  caseStage: import('../cases').CaseStage | null
  caseStageLabel: string | null
}

const yesNo = z.boolean()

export const selfcheckContracts = {
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
