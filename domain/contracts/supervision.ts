// 技术指导与监督 (supervision.*): street staff visit the works of a case being renovated and
// record a short checklist with stamped photos; 竣工验收 needs at least one such visit.
import { z } from 'zod'
import { SUPERVISION_CHECKS, SUPERVISION_RESULTS, type SupervisionCheck, type SupervisionResult } from '../renovation'
import { id, longText } from '../validation'
import { isoTime } from './fields'
import { contract } from './define'
import { fileIdOf } from './file-fields'
import type { PhotoView } from '../model'

export interface SupervisionVisitView {
  id: string
  caseId: string
  visitedAt: string
  byName: string
  checks: Record<SupervisionCheck, SupervisionResult>
  /** How many checks found a problem. */
  issues: number
  note: string
  photos: PhotoView[]
}

const checks = z.strictObject(Object.fromEntries(SUPERVISION_CHECKS.map((k) => [k, z.enum(SUPERVISION_RESULTS)])) as Record<SupervisionCheck, z.ZodEnum<{ ok: 'ok'; issue: 'issue' }>>)

export const supervisionContracts = {
  'supervision.record': contract<SupervisionVisitView>()({
    input: z.strictObject({
      /** Made by the app when the form opens, so a retried send records one visit. */
      visitId: id(),
      caseId: id(),
      visitedAt: isoTime(),
      checks,
      note: longText(300).default(''),
      /** Stamped on the phone with time, place and who, as every case photo. */
      photos: z.array(fileIdOf('photo')).min(1, '请至少拍 1 张施工现场照片').max(9),
    }),
    roles: ['staff'],
    writes: true,
    example: {
      visitId: 'sv-example-1',
      caseId: 'case-example',
      visitedAt: '2026-11-28T10:00:00+08:00',
      checks: { siteSafety: 'ok', structure: 'ok', materials: 'issue', progress: 'ok' },
      note: '部分砖块强度不足，已要求更换',
      photos: ['local://uploads/u-staff-bachuan/site.jpg'],
    },
  }),
  'supervision.list': contract<SupervisionVisitView[]>()({
    input: z.strictObject({ caseId: id() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { caseId: 'case-example' },
  }),
}
